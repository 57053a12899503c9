package org.jkernprof.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import org.jkernprof.agent.attach.AttachProtocol;
import org.jkernprof.agent.attach.AttachStatus;

/**
 * Runs the session commands of {@code jkernprof attach} ({@link AttachProtocol}) in the profiled
 * JVM: at most one session at a time. Nothing escapes into the program: every failure becomes one
 * line in the session folder's status, and on the program's standard error if the command cannot
 * read it. Never ends the JVM.
 */
final class AttachSessions {
  /** The last session started; guarded by the class's lock. */
  private static AttachSession current;

  /** Whether the agent was started with the JVM ({@code -javaagent}), which attach cannot join. */
  private static volatile boolean startedAtLaunch;

  private AttachSessions() {}

  /** Notes that {@code premain} ran: this JVM is profiled from its start. */
  static void markStartedAtLaunch() {
    startedAtLaunch = true;
  }

  /** Runs {@code command}; its answer goes to the status of the command's folder. */
  static synchronized void run(
      AttachProtocol.Command command, Instrumentation inst, PrintStream err) {
    AttachStatus status;
    try {
      status = command.isStart() ? start(command, inst, err) : stop(command);
    } catch (IllegalArgumentException e) {
      status = AttachStatus.failed(e.getMessage());
    } catch (Throwable t) {
      status = AttachStatus.failed("cannot start the agent: " + t);
    }
    if (!report(command.session(), status) || !isAlive(command.cliPid())) {
      // No command reads the answer: what it would have printed goes to the program's stderr.
      status.warnings().forEach(err::println);
      if (status.state() == AttachStatus.State.FAILED) {
        err.println("jkernprof: " + status.message());
      }
    }
  }

  private static AttachStatus start(
      AttachProtocol.Command command, Instrumentation inst, PrintStream err)
      throws IOException, ReflectiveOperationException {
    if (startedAtLaunch) {
      return AttachStatus.failed(
          "this JVM was started with the jkernprof agent (-javaagent) and is profiled already");
    }
    if (current != null && !current.isStopped()) {
      return AttachStatus.failed(
          "another jkernprof attach (pid "
              + current.cliPid()
              + ") is recording this JVM; stop it first");
    }
    current =
        AttachSession.start(command.session(), command.cliPid(), command.agentOptions(), inst, err);
    return AttachStatus.started(current.rewrittenAtStart(), current.takeWarnings());
  }

  private static AttachStatus stop(AttachProtocol.Command command) {
    if (current == null || !current.folder().equals(command.session())) {
      return AttachStatus.failed(
          "no jkernprof attach session of " + command.session() + " runs in this JVM");
    }
    return current.stop();
  }

  /**
   * Writes {@code status} into the session folder {@code folder}.
   *
   * @return false if it could not be written
   */
  static boolean report(Path folder, AttachStatus status) {
    try {
      status.writeTo(folder);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Whether process {@code pid} runs; a stop command names none (-1) and counts as listening. */
  private static boolean isAlive(long pid) {
    return pid < 0 || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
