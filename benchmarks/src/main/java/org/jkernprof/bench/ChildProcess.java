package org.jkernprof.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a command to its end and tells how long it took, what it printed and how it exited. */
final class ChildProcess {
  /** How one run went. */
  static final class Run {
    final int exitCode;
    final long wallNanos;
    final String output;

    Run(int exitCode, long wallNanos, String output) {
      this.exitCode = exitCode;
      this.wallNanos = wallNanos;
      this.output = output;
    }

    /** The run's output, or a failure naming the command if it exited with an error. */
    String checkedOutput(List<String> command) {
      if (exitCode != 0) {
        throw new IllegalStateException(
            "exit code " + exitCode + " from " + String.join(" ", command) + ":\n" + output);
      }
      return output;
    }
  }

  private ChildProcess() {}

  /** The {@code java} of the JVM running the benchmarks, so every child runs the same JDK. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The wall time of {@code command} in {@code directory}, in ms; fails if it fails. */
  static double wallMillis(List<String> command, Path directory) {
    Run run = run(command, directory, false);
    run.checkedOutput(command);
    return run.wallNanos / 1e6;
  }

  /**
   * Runs {@code main} with {@code args} in a JVM of its own, the agent jar's classes (the results
   * writers and reader) on its class path; what it printed, or a failure if it fails.
   */
  static String runMain(BenchmarkInputs inputs, Path directory, Class<?> main, String... args) {
    List<String> command = command(java(), "-cp", inputs.agentClassPath(), main.getName());
    command.addAll(List.of(args));
    return run(command, directory, true).checkedOutput(command);
  }

  /**
   * Runs {@code command} in {@code directory}; with {@code keepOutput} false, its standard output
   * is thrown away as it comes (so writing it costs what writing to {@code /dev/null} does), but
   * the standard error is always kept, to explain failures.
   */
  static Run run(List<String> command, Path directory, boolean keepOutput) {
    try {
      Path err = Files.createTempFile("jkernprof-bench", ".err");
      Path out = keepOutput ? Files.createTempFile("jkernprof-bench", ".out") : null;
      try {
        ProcessBuilder builder =
            new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectError(err.toFile())
                .redirectOutput(
                    out == null
                        ? ProcessBuilder.Redirect.DISCARD
                        : ProcessBuilder.Redirect.to(out.toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        int exit = process.waitFor();
        long wall = System.nanoTime() - start;
        String text =
            (out == null ? "" : Files.readString(out, StandardCharsets.UTF_8))
                + Files.readString(err, StandardCharsets.UTF_8);
        return new Run(exit, wall, text);
      } finally {
        Files.deleteIfExists(err);
        if (out != null) {
          Files.deleteIfExists(out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command.get(0), e);
    }
  }

  static List<String> command(String... parts) {
    return new ArrayList<>(List.of(parts));
  }
}
