package org.jkernprof.report;

import java.util.List;
import java.util.Optional;
import org.jkernprof.results.CallProbeCost;
import org.jkernprof.results.ProbeCosts;

/**
 * The line under a function-level report's summary that says whether the times include the
 * profiler's own cost per call, and what it was: {@code (less 56.3 ns per call: the profiler's own
 * cost, measured in this run)}. No line for results that measured no cost (files from before the
 * measurement), whose times are as measured, as they always were.
 */
final class ProbeCostNote {
  private static final String INDENT = "   ";

  private ProbeCostNote() {}

  /** The note, ending with a newline; empty when no run measured a cost. */
  static Optional<String> of(ProbeCosts costs, boolean raw) {
    List<CallProbeCost> measured = costs.measured();
    if (measured.isEmpty()) {
      return Optional.empty();
    }
    String perCall = range(measured) + " ns per call";
    int runs = measured.size() + costs.unmeasuredRuns();
    StringBuilder note = new StringBuilder(INDENT).append('(');
    if (raw) {
      note.append("times as measured, the profiler's own cost of ")
          .append(perCall)
          .append(" included");
    } else {
      note.append("less ")
          .append(perCall)
          .append(": the profiler's own cost, measured in ")
          .append(runs == 1 ? "this run" : "each run");
    }
    if (costs.unmeasuredRuns() > 0) {
      note.append("; none measured in ")
          .append(costs.unmeasuredRuns())
          .append(" of ")
          .append(runs)
          .append(" runs, whose times are as measured");
    }
    return Optional.of(note.append(")\n").toString());
  }

  /** {@code 56.3}, or {@code 55.1 to 61.0} when the runs measured different costs. */
  private static String range(List<CallProbeCost> measured) {
    double least = Double.MAX_VALUE;
    double most = 0;
    for (CallProbeCost cost : measured) {
      least = Math.min(least, cost.perCallNanos());
      most = Math.max(most, cost.perCallNanos());
    }
    return ShownTime.range(least, most);
  }
}
