package org.jkernprof.report;

import java.util.List;
import java.util.Optional;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;

/**
 * Renders function-level reports in the layout of Python's pstats: {@link #render} as {@code
 * print_stats}, {@link #renderCallers} and {@link #renderCallees} as {@code print_callers} and
 * {@code print_callees}. Times print in seconds. Methods are named {@code File.java:LINE(label)},
 * the label being the class's simple name and the method's ({@code Outer.Inner.run}, {@code
 * Point.<init>}, {@code Point.<clinit>}, {@code Main.lambda$main$0}). Times are less the profiler's
 * own cost per call where the run measured it, and a line under the summary says so; with {@link
 * StatsOptions#raw()} they are as measured. Results of the sampled timer show their times as the
 * samples counted them, and a line under the summary says how they were sampled. Each is a pure
 * function of its arguments and returns text ending with a newline.
 */
public final class StatsReportRenderer {
  private static final String INDENT = "        ";

  private StatsReportRenderer() {}

  /**
   * The summary line ({@code N method calls (M primitive calls) in X seconds}, X being the methods'
   * own times summed), then the methods in the options' order, at most {@code top} of them.
   */
  public static String render(FunctionResults results, StatsOptions options) {
    FunctionResults shown = shown(results, options);
    StringBuilder out = new StringBuilder(summary(shown));
    ProbeCostNote.of(results.probeCosts(), options.raw()).ifPresent(out::append);
    SampledCallsNote.of(results).ifPresent(out::append);
    out.append('\n');
    StatsSelection selection = StatsSelection.of(StatsEntry.of(shown), options, Optional.empty());
    out.append(selection.heading());
    if (!selection.listed().isEmpty()) {
      out.append(StatsTable.render(selection.listed(), shown.hasMemory())).append("\n\n");
      if (options.summarize()) {
        out.append(SummaryTable.renderStats(selection.listed(), shown.hasMemory())).append('\n');
      }
    }
    return out.toString();
  }

  /** The results with the times the report prints: less the probes' cost, unless raw. */
  private static FunctionResults shown(FunctionResults results, StatsOptions options) {
    return options.raw() ? results : results.lessProbeCost();
  }

  /**
   * Who called each method whose standard name matches {@code pattern} (see {@code --callers}):
   * calls, and the method's own and cumulative time in them, per caller.
   */
  public static String renderCallers(
      FunctionResults results, StatsOptions options, String pattern) {
    return renderCalls(results, options, pattern, true);
  }

  /**
   * What each method whose standard name matches {@code pattern} called, as {@link #renderCallers}.
   */
  public static String renderCallees(
      FunctionResults results, StatsOptions options, String pattern) {
    return renderCalls(results, options, pattern, false);
  }

  private static String renderCalls(
      FunctionResults results, StatsOptions options, String pattern, boolean callers) {
    FunctionResults shown = shown(results, options);
    List<StatsEntry> entries = StatsEntry.of(shown);
    StatsSelection selection =
        StatsSelection.of(entries, options, Optional.of(new StatsNamePattern(pattern)));
    StringBuilder out = new StringBuilder();
    if (!selection.listed().isEmpty()) {
      ProbeCostNote.of(results.probeCosts(), options.raw()).ifPresent(out::append);
      SampledCallsNote.of(results).ifPresent(out::append);
    }
    out.append(selection.heading());
    if (!selection.listed().isEmpty()) {
      out.append(
          new CallTable(entries, shown.edges(), callers, results.isSampled())
              .render(selection.listed()));
    }
    return out.toString();
  }

  private static String summary(FunctionResults results) {
    long calls = 0;
    long primitiveCalls = 0;
    long nanos = 0;
    for (FunctionStats f : results.functions()) {
      calls += f.calls();
      primitiveCalls += f.primitiveCalls();
      nanos += f.totalNanos();
    }
    StringBuilder line =
        new StringBuilder(INDENT).append(' ').append(calls).append(" method calls ");
    if (calls != primitiveCalls) {
      line.append('(').append(primitiveCalls).append(" primitive calls) ");
    }
    return line.append("in ").append(PstatsNumbers.seconds(nanos)).append(" seconds\n").toString();
  }
}
