package org.jkernprof.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a child JVM to its end, its output in files beside its results for a look afterwards. */
final class ChildJvm {
  private static final long TIMEOUT_SECONDS = 300;

  /**
   * For JVMs that live seconds: the C1 compiler alone and one GC thread take half the CPU time of
   * the defaults here (two cores), and change nothing the verifier checks.
   */
  static final List<String> SHORT_LIVED = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  private ChildJvm() {}

  /** What the child printed, and how it ended. */
  record Ended(int exitCode, String stdout, String stderr) {}

  static Ended run(List<String> command, Path logDir, String name) {
    long start = System.nanoTime();
    try {
      Files.createDirectories(logDir);
      Path out = logDir.resolve(name + ".out");
      Path err = logDir.resolve(name + ".err");
      Files.writeString(logDir.resolve(name + ".cmd"), String.join(" ", command) + "\n");
      Process process =
          new ProcessBuilder(command)
              .directory(logDir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      process.getOutputStream().close();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(
            "child JVM " + name + " did not end within " + TIMEOUT_SECONDS + " s: " + command);
      }
      System.out.printf("[corpus] child JVM %s: %.1f s%n", name, (System.nanoTime() - start) / 1e9);
      return new Ended(process.exitValue(), Files.readString(out), Files.readString(err));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + name, e);
    }
  }
}
