package org.jkernprof.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Starts child JVMs. At most two run at once, whatever the test engine's parallelism: the machine
 * has two cores, and timing checks must not starve.
 */
final class ChildJvm {
  private static final Semaphore RUNNING = new Semaphore(2, true);
  private static final long TIMEOUT_SECONDS = 120;

  private ChildJvm() {}

  /**
   * Runs {@code command} in {@code dir} to its end and returns what it printed. Output goes to
   * {@code NAME.out} and {@code NAME.err} files in {@code dir}, which stay for a look after a
   * failure (and keep a chatty child from blocking on a full pipe).
   */
  static JvmResult run(List<String> command, Path dir, String name) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return run(builder(command, dir), dir, name);
  }

  /**
   * Runs {@code command} as {@link #run(List, Path, String)} does, but with no other child JVM of
   * the tests beside it, for a test that compares wall times within the run. Only one test may use
   * it at a time (it holds one of the two places while it waits for the other).
   */
  static synchronized JvmResult runAlone(List<String> command, Path dir, String name) {
    RUNNING.acquireUninterruptibly();
    try {
      return run(command, dir, name);
    } finally {
      RUNNING.release();
    }
  }

  /**
   * Starts {@code command} without waiting for it. Closing the result ends the JVM if it still runs
   * and lets another one start.
   */
  static Started start(List<String> command, Path dir, String name) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return start(builder(command, dir), dir, name);
  }

  /**
   * A builder for {@code command} in {@code dir}, without {@code $JKERNPROF}, which adds a report.
   */
  private static ProcessBuilder builder(List<String> command, Path dir) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().remove("JKERNPROF");
    return builder;
  }

  /**
   * Runs {@code builder}'s command, in its folder and environment, to its end; its output goes to
   * {@code NAME.out} and {@code NAME.err} in {@code logDir}.
   */
  static JvmResult run(ProcessBuilder builder, Path logDir, String name) {
    try (Started started = start(builder, logDir, name)) {
      if (!started.process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        Path dump = logDir.resolve(name + ".threads");
        threadDump(builder.command().get(0), started.process, dump);
        throw new AssertionError(
            "child JVM did not end within "
                + TIMEOUT_SECONDS
                + " s (its threads then: "
                + dump
                + "): "
                + String.join(" ", builder.command()));
      }
      return started.result();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a child JVM", e);
    }
  }

  /**
   * Writes the threads of a child JVM that hangs to {@code file} ({@code jcmd PID Thread.print},
   * with the child's own JDK when its command is a JDK's {@code bin/java}, else the tests' JDK),
   * for the failure to be understood after the JVM is gone. Best effort: a JVM that cannot answer
   * leaves what jcmd said.
   */
  private static void threadDump(String program, Process process, Path file) {
    Path java = Path.of(program);
    Path ownJcmd = java.getParent() == null ? null : java.getParent().resolve("jcmd");
    Path jcmd =
        java.endsWith("java") && ownJcmd != null && Files.isExecutable(ownJcmd)
            ? ownJcmd
            : BuildPaths.currentJavaHome().resolve("bin").resolve("jcmd");
    try {
      Process dump =
          new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
              .redirectErrorStream(true)
              .redirectOutput(file.toFile())
              .start();
      if (!dump.waitFor(30, TimeUnit.SECONDS)) {
        dump.destroyForcibly();
      }
    } catch (IOException e) {
      // No dump: the failure message still names the command.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Starts {@code builder}'s command without waiting; its output goes to files in {@code logDir}.
   */
  static Started start(ProcessBuilder builder, Path logDir, String name) {
    RUNNING.acquireUninterruptibly();
    return startHolding(builder, logDir, name, true);
  }

  /**
   * Starts {@code builder}'s command as {@link #start(ProcessBuilder, Path, String)} does, but
   * without taking one of the two places: for a server that lives through a whole test class while
   * its tests run commands against it. Holding a place all that time could leave none for those
   * commands, or for {@link #runAlone}, and the tests would wait forever. A class that uses it is
   * {@code @Isolated}, so that no other class's JVMs run beside the server.
   */
  static Started startBesideTheCap(ProcessBuilder builder, Path logDir, String name) {
    return startHolding(builder, logDir, name, false);
  }

  private static Started startHolding(
      ProcessBuilder builder, Path logDir, String name, boolean holdsPlace) {
    List<String> command = builder.command();
    try {
      Files.createDirectories(logDir);
      Path out = logDir.resolve(name + ".out");
      Path err = logDir.resolve(name + ".err");
      Files.writeString(logDir.resolve(name + ".cmd"), String.join(" ", command) + "\n");
      Process process =
          builder
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      return new Started(process, out, err, holdsPlace);
    } catch (IOException | RuntimeException e) {
      if (holdsPlace) {
        RUNNING.release();
      }
      throw new IllegalStateException("cannot start " + String.join(" ", command), e);
    }
  }

  private static File nullDevice() {
    return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  /** A child JVM that was started, with the files its output goes to. */
  static final class Started implements AutoCloseable {
    final Process process;
    final Path stdoutFile;
    final Path stderrFile;
    private final boolean holdsPlace;
    private boolean closed;

    Started(Process process, Path stdoutFile, Path stderrFile, boolean holdsPlace) {
      this.process = process;
      this.stdoutFile = stdoutFile;
      this.stderrFile = stderrFile;
      this.holdsPlace = holdsPlace;
    }

    String stdoutSoFar() {
      return read(stdoutFile);
    }

    String stderrSoFar() {
      return read(stderrFile);
    }

    /** The result of a process that has ended. */
    JvmResult result() {
      return new JvmResult(process.exitValue(), read(stdoutFile), read(stderrFile));
    }

    @Override
    public void close() throws InterruptedException {
      if (closed) {
        return;
      }
      closed = true;
      try {
        if (process.isAlive()) {
          process.destroyForcibly().waitFor();
        }
      } finally {
        if (holdsPlace) {
          RUNNING.release();
        }
      }
    }

    private static String read(Path file) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
