package org.jkernprof.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Function;
import org.jkernprof.results.RunInfo;

/**
 * The shutdown hook that saves the results when the JVM exits, however it exits (end of main,
 * {@code System.exit}, an uncaught exception, SIGTERM or SIGINT), and prints the report if asked. A
 * failure to write is reported; it never changes the program's exit code.
 */
final class ResultsOnExit implements Runnable {
  private final Function<RunInfo, TakenResults> recorder;
  private final Path output;
  private final AgentOptions options;
  private final long startMillis;
  private final long startNanos;
  private final PrintStream err;

  ResultsOnExit(
      Function<RunInfo, TakenResults> recorder,
      Path output,
      AgentOptions options,
      long startMillis,
      long startNanos,
      PrintStream err) {
    this.recorder = recorder;
    this.output = output;
    this.options = options;
    this.startMillis = startMillis;
    this.startNanos = startNanos;
    this.err = err;
  }

  @Override
  public void run() {
    RunInfo run =
        new RunInfo(
            System.getProperty("sun.java.command", ""),
            System.getProperty("java.runtime.version", System.getProperty("java.version", "")),
            startMillis,
            System.nanoTime() - startNanos);
    TakenResults results = recorder.apply(run);
    try {
      results.writeTo(output);
      if (!options.quiet()) {
        err.println("jkernprof: wrote profile results to " + output);
      }
    } catch (IOException | RuntimeException e) {
      err.println("jkernprof: cannot write profile results to " + output + ": " + describe(e));
    }
    if (options.verbose()) {
      results.printReport(System.out, err);
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
  }
}
