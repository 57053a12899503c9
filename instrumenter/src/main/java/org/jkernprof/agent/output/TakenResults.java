package org.jkernprof.agent.output;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** One profiling mode's results, taken from its recorder at one moment. */
public interface TakenResults {
  /** Writes the results file, atomically. */
  void writeTo(Path file) throws IOException;

  /**
   * Prints the report, for the {@code verbose} option; problems go to {@code err} in one line.
   *
   * @param raw whether to print times as measured, the profiler's own cost included
   */
  void printReport(PrintStream out, PrintStream err, boolean raw);

  /**
   * One line to print at exit when the profiler's own work took a large share of the run, saying so
   * and what to do; null when it did not.
   */
  default String probeCostHint() {
    return null;
  }
}
