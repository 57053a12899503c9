package org.jkernprof.agent.sampling;

/**
 * Sampling cannot start on this machine. The message is one line, fit to show the user as it is
 * ({@code jkernprof: cannot sample on this machine (...): ...}); the JVM is left as it was.
 */
public final class SamplingUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  SamplingUnavailableException(String where, String reason) {
    super("jkernprof: cannot sample on this machine (" + where + "): " + oneLine(reason));
  }

  /** The reason with line breaks folded, so that the message stays one line. */
  static String oneLine(String reason) {
    if (reason == null || reason.trim().isEmpty()) {
      return "no reason given";
    }
    return reason.trim().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /** No stack trace: the message says it all, and the exception never escapes as a crash. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
