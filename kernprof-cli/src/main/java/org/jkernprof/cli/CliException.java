package org.jkernprof.cli;

/**
 * A failure the user can fix (a missing jar, an unreadable results file, ...). It is reported as
 * one line, {@code jkernprof: MESSAGE}, with exit code 2 and never with a stack trace, so its
 * message must say on its own what is wrong.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }
}
