package org.jkernprof.report;

import java.util.Optional;
import org.jkernprof.results.FunctionResults;

/**
 * The line under a function-level report's summary for results of the sampled timer, which says how
 * the times were sampled: {@code (times from samples, sampled every 1 ms, 12,345 samples; calls
 * counted exactly)}. The calls are counted at every method entry but recursive ones are not told
 * apart, so a method's calls show as one number. No line for results of the clock timer.
 */
final class SampledCallsNote {
  private static final String INDENT = "   ";

  private SampledCallsNote() {}

  /** The note, ending with a newline; empty for results timed by the clock. */
  static Optional<String> of(FunctionResults results) {
    if (!results.isSampled()) {
      return Optional.empty();
    }
    return Optional.of(
        INDENT
            + "(times from samples, "
            + SamplingSummary.of(results.samplings())
            + "; calls counted exactly)\n");
  }
}
