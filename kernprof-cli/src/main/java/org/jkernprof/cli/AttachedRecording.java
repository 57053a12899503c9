package org.jkernprof.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jkernprof.agent.attach.AttachProtocol;
import org.jkernprof.agent.attach.AttachStatus;

/**
 * One recording of {@code jkernprof attach}: starts a session in the running JVM, waits as {@link
 * RecordingWait} says, stops it, and returns how it ended, saying on standard error when it
 * attached and detached. Ctrl-C and SIGTERM stop the session cleanly: a shutdown hook ends the wait
 * and holds this JVM's exit until the results are announced ({@link #finished}).
 */
final class AttachedRecording {
  /** How long a shutdown waits for the session to stop and the results to be printed. */
  private static final long FINISH_SECONDS = 60;

  private final AttachableJvm jvm;
  private final AgentLoader loader;
  private final PrintWriter err;
  private final RecordingWait wait = new RecordingWait();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook = new Thread(this::stopOnSignal, "jkernprof-detach");
  private boolean hooked;

  AttachedRecording(AttachableJvm jvm, Path agentJar, PrintWriter err) {
    this.jvm = jvm;
    this.loader = new AgentLoader(jvm.pid(), agentJar);
    this.err = err;
  }

  /**
   * Records with {@code agentOptions} for {@code seconds}, else until Enter on {@code keyboard};
   * the caller announces the results, then calls {@link #finished}.
   *
   * @return the session's last status: stopped, with the results file unless it could not be
   *     written
   */
  AttachStatus record(List<String> agentOptions, OptionalDouble seconds, InputStream keyboard) {
    Path session = sessionFolder();
    hooked = ShutdownHooks.add(hook);
    try {
      loader.load(
          AttachProtocol.startOptions(session, ProcessHandle.current().pid(), agentOptions));
      AttachStatus started = status(session);
      printWarnings(started);
      if (started.state() != AttachStatus.State.STARTED) {
        throw new CliException(started.message());
      }
      say(
          "attached to "
              + jvm.pid()
              + " ("
              + jvm.main()
              + "): "
              + started.rewritten()
              + " classes rewritten; recording "
              + (seconds.isPresent()
                  ? "for " + Seconds.format(seconds.getAsDouble()) + " s"
                  : "until Enter or Ctrl-C"));
      Optional<ProcessHandle> program = ProcessHandle.of(jvm.pid());
      RecordingWait.End end =
          program.isPresent()
              ? wait.await(seconds, keyboard, program.get())
              : RecordingWait.End.PROGRAM_ENDED;
      return end == RecordingWait.End.PROGRAM_ENDED ? afterProgramEnded(session) : stop(session);
    } finally {
      deleteQuietly(session);
    }
  }

  /** Lets a pending shutdown (Ctrl-C, SIGTERM) go on: the results have been announced. */
  void finished() {
    finished.countDown();
    if (hooked) {
      ShutdownHooks.remove(hook);
    }
  }

  private AttachStatus stop(Path session) {
    loader.load(AttachProtocol.stopOptions(session));
    AttachStatus stopped = status(session);
    printWarnings(stopped);
    if (stopped.state() != AttachStatus.State.STOPPED) {
      throw new CliException(stopped.message());
    }
    say("detached from " + jvm.pid() + ": " + stopped.restored() + " classes restored");
    return stopped;
  }

  /** The program ended while recording: its exit wrote the results, if it could. */
  private AttachStatus afterProgramEnded(Path session) {
    say("the program (pid " + jvm.pid() + ") ended while recording");
    Optional<AttachStatus> last = readStatus(session);
    last.ifPresent(this::printWarnings);
    if (!last.isPresent() || last.get().state() != AttachStatus.State.STOPPED) {
      throw new CliException("the program (pid " + jvm.pid() + ") ended without writing results");
    }
    return last.get();
  }

  private void stopOnSignal() {
    wait.interrupt();
    try {
      finished.await(FINISH_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private AttachStatus status(Path session) {
    return readStatus(session)
        .orElseThrow(
            () ->
                new CliException(
                    "cannot attach to "
                        + jvm.pid()
                        + ": the agent did not answer (see the program's standard error)"));
  }

  private static Optional<AttachStatus> readStatus(Path session) {
    try {
      return AttachStatus.readFrom(session);
    } catch (IOException e) {
      throw new CliException("cannot read the agent's answer: " + e.getMessage());
    }
  }

  /** The session's warnings, as the agent wrote them (each a line of its own, "jkernprof: ..."). */
  private void printWarnings(AttachStatus status) {
    status.warnings().forEach(err::println);
    err.flush();
  }

  private void say(String line) {
    err.println(ErrorReporter.PREFIX + line);
    err.flush();
  }

  /** A fresh folder for the agent's answers; its path goes into the comma-separated options. */
  private static Path sessionFolder() {
    Path folder;
    try {
      folder = Files.createTempDirectory("jkernprof-attach-");
    } catch (IOException e) {
      throw new CliException("cannot make a temporary folder: " + e.getMessage());
    }
    if (folder.toAbsolutePath().toString().contains(",")) {
      deleteQuietly(folder);
      throw new CliException(
          "the temporary folder " + folder + " has a comma in its path; set TMPDIR to another");
    }
    return folder;
  }

  private static void deleteQuietly(Path folder) {
    try (java.util.stream.Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // A temporary folder left behind harms nothing.
    }
  }
}
