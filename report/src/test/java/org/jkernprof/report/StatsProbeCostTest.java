package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.CallProbeCost;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.ProbeShare;
import org.jkernprof.results.RunInfo;
import org.junit.jupiter.api.Test;

/**
 * The function-level report less the profiler's own cost: the times in every table, the order, and
 * the line under the summary that says which it printed; {@code raw} prints them as measured.
 */
class StatsProbeCostTest {
  private static final RunInfo RUN = new RunInfo("Main", "17", 0, 1);
  private static final CallProbeCost COST = new CallProbeCost(20, 30, 1);

  /**
   * A parent that made 100,000,000 calls of a cheap child: all 3 s of its own time are the outside
   * cost of its calls, 2 s of the child's 2.5 s the inside cost; less them the child is the slower.
   */
  private static FunctionResults measured() {
    return FunctionResults.measured(
        RUN,
        List.of(
            new FunctionStats(
                    "a.Main", "parent", "()V", "Main.java", 3, 1, 1, 3_000_000_020L, 8_000_000_000L)
                .withNesting(ProbeShare.counted(100_000_000, 100_000_000)),
            new FunctionStats(
                    "a.Main",
                    "child",
                    "()V",
                    "Main.java",
                    9,
                    100_000_000,
                    100_000_000,
                    2_500_000_000L,
                    2_500_000_000L)
                .withNesting(ProbeShare.counted(0, 0))),
        List.of(
            new CallEdge(CallEdge.UNPROFILED, 0, 1, 1, 3_000_000_020L, 8_000_000_000L)
                .withNesting(ProbeShare.counted(100_000_000, 100_000_000)),
            new CallEdge(0, 1, 100_000_000, 100_000_000, 2_500_000_000L, 2_500_000_000L)
                .withNesting(ProbeShare.counted(0, 0))),
        false,
        COST);
  }

  @Test
  void printsTimesLessTheCostAndSaysSoUnderTheSummary() {
    assertEquals(
        "         100000001 method calls in 0.500 seconds\n"
            + "   (less 50.0 ns per call: the profiler's own cost, measured in this run)\n"
            + "\n"
            + "   Ordered by: cumulative time\n"
            + "\n"
            + StatsTable.TITLE
            + "        1    0.000    0.000    3.000    3.000 Main.java:3(Main.parent)\n"
            + "100000000    0.500    0.000    0.500    0.000 Main.java:9(Main.child)\n"
            + "\n"
            + "\n",
        StatsReportRenderer.render(measured(), StatsOptions.defaults()));
  }

  @Test
  void rawPrintsTheTimesAsMeasured() {
    String raw = StatsReportRenderer.render(measured(), StatsOptions.defaults().withRaw(true));
    assertEquals(
        "         100000001 method calls in 5.500 seconds\n"
            + "   (times as measured, the profiler's own cost of 50.0 ns per call included)\n"
            + "\n"
            + "   Ordered by: cumulative time\n"
            + "\n"
            + StatsTable.TITLE
            + "        1    3.000    3.000    8.000    8.000 Main.java:3(Main.parent)\n"
            + "100000000    2.500    0.000    2.500    0.000 Main.java:9(Main.child)\n"
            + "\n"
            + "\n",
        raw);
  }

  @Test
  void theOrderFollowsTheTimesPrinted() {
    StatsOptions byOwnTime = StatsOptions.defaults().withSortKey(SortKey.TOTTIME);
    String less = StatsReportRenderer.render(measured(), byOwnTime);
    assertTrue(less.indexOf("Main.child") < less.indexOf("Main.parent"), less);
    String raw = StatsReportRenderer.render(measured(), byOwnTime.withRaw(true));
    assertTrue(raw.indexOf("Main.parent") < raw.indexOf("Main.child"), raw);
  }

  @Test
  void callersAndCalleesShowTheEdgesLessTheCostToo() {
    String callees =
        StatsReportRenderer.renderCallees(measured(), StatsOptions.defaults(), "parent");
    assertTrue(
        callees.startsWith(
            "   (less 50.0 ns per call: the profiler's own cost, measured in this run)\n"),
        callees);
    assertTrue(callees.contains("100000000    0.500    0.500  Main.java:9(Main.child)"), callees);
    String raw =
        StatsReportRenderer.renderCallees(
            measured(), StatsOptions.defaults().withRaw(true), "parent");
    assertTrue(raw.contains("100000000    2.500    2.500  Main.java:9(Main.child)"), raw);
  }

  @Test
  void mergedRunsSayWhatEachMeasured() {
    FunctionResults other =
        FunctionResults.measured(
            RUN,
            measured().functions(),
            measured().edges(),
            false,
            new CallProbeCost(25, 36.25, 2));
    FunctionResults old = new FunctionResults(RUN, List.of(), List.of());
    String report =
        StatsReportRenderer.render(
            FunctionResults.merge(List.of(measured(), other, old)), StatsOptions.defaults());
    assertTrue(
        report.contains(
            "   (less 50.0 to 61.3 ns per call: the profiler's own cost, measured in each run;"
                + " none measured in 1 of 3 runs, whose times are as measured)\n"),
        report);
  }

  @Test
  void resultsThatMeasuredNoCostPrintNoNote() {
    FunctionResults old = new FunctionResults(RUN, measured().functions(), List.of());
    String report = StatsReportRenderer.render(old, StatsOptions.defaults());
    assertTrue(report.startsWith("         100000001 method calls in 5.500 seconds\n\n"), report);
  }
}
