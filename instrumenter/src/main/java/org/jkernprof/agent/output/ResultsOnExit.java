package org.jkernprof.agent.output;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The shutdown hook that saves the results when the JVM exits, however it exits (end of main,
 * {@code System.exit}, an uncaught exception, SIGTERM or SIGINT), and prints the report if asked. A
 * failure to write is reported; it never changes the program's exit code.
 */
public final class ResultsOnExit implements Runnable {
  private final ResultsSaver saver;
  private final Path output;
  private final ExitOptions options;
  private final Optional<PeriodicResultsWriter> periodic;
  private final PrintStream err;

  public ResultsOnExit(
      ResultsSaver saver,
      Path output,
      ExitOptions options,
      Optional<PeriodicResultsWriter> periodic,
      PrintStream err) {
    this.saver = saver;
    this.output = output;
    this.options = options;
    this.periodic = periodic;
    this.err = err;
  }

  @Override
  public void run() {
    // Daemon threads still run during shutdown: an older periodic write must not land last.
    // Not ifPresent with a method reference, whose class would be spun at exit.
    if (periodic.isPresent()) {
      periodic.get().stop();
    }
    TakenResults results = saver.atRunEnd();
    try {
      saver.write(results, output);
      if (!options.quiet()) {
        err.println("jkernprof: wrote profile results to " + output);
      }
    } catch (IOException | RuntimeException e) {
      err.println(
          "jkernprof: cannot write profile results to "
              + output
              + ": "
              + WriteFailure.reason(e, output));
    }
    if (options.verbose()) {
      results.printReport(System.out, err, options.raw());
    }
    // Not held back by quiet, which only keeps the agent from saying where the results went.
    String hint = results.probeCostHint();
    if (hint != null) {
      err.println("jkernprof: " + hint);
    }
  }
}
