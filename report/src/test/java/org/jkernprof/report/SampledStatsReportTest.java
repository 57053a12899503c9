package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.RunInfo;
import org.jkernprof.results.SampledStack;
import org.jkernprof.results.Sampling;
import org.junit.jupiter.api.Test;

/**
 * The function-level report of the sampled timer: a line under the summary says how the times were
 * sampled, the callers and callees tables head their first column {@code samples} (what a sampled
 * edge counts), every sort key still orders the methods, and {@code --raw} changes nothing.
 */
class SampledStatsReportTest {
  private static final long MS = 1_000_000;

  /** main (1 call) calls work (10 calls), which sleeps: 950 of main's 1000 samples. */
  static FunctionResults sampled() {
    return new FunctionResults(
            new RunInfo("a.Main", "17", 0, 1),
            List.of(
                new FunctionStats(
                    "a.Main", "main", "()V", "Main.java", 5, 1, 1, 50 * MS, 1000 * MS),
                new FunctionStats(
                    "a.Main", "work", "()V", "Main.java", 12, 10, 10, 950 * MS, 950 * MS)),
            List.of(
                new CallEdge(CallEdge.UNPROFILED, 0, 1000, 1000, 50 * MS, 1000 * MS),
                new CallEdge(0, 1, 950, 950, 950 * MS, 950 * MS)))
        .withSamples(
            List.of(new Sampling(MS, 1_234)),
            List.of(
                new SampledStack(new int[] {0}, new int[] {6}, 50, 50 * MS),
                new SampledStack(new int[] {0, 1}, new int[] {7, 13}, 950, 950 * MS)));
  }

  @Test
  void theSummaryIsFollowedByHowTheTimesWereSampled() {
    List<String> lines = lines(StatsReportRenderer.render(sampled(), StatsOptions.defaults()));
    assertEquals("         11 method calls in 1.000 seconds", lines.get(0));
    assertEquals(
        "   (times from samples, sampled every 1 ms, 1,234 samples; calls counted exactly)",
        lines.get(1));
    assertTrue(
        lines.contains("       10    0.950    0.095    0.950    0.095 Main.java:12(Main.work)"),
        String.join("\n", lines));
  }

  @Test
  void resultsOfTheClockHaveNoSamplingLine() {
    FunctionResults clock =
        new FunctionResults(sampled().run(), sampled().functions(), sampled().edges());
    String report = StatsReportRenderer.render(clock, StatsOptions.defaults());
    assertFalse(report.contains("sampled every"), report);
  }

  @Test
  void callersAndCalleesCountTheSamplesThatCaughtEachCall() {
    String callers = StatsReportRenderer.renderCallers(sampled(), StatsOptions.defaults(), "work");
    List<String> lines = lines(callers);
    assertTrue(lines.get(0).contains("sampled every 1 ms"), callers);
    assertTrue(lines.contains(" ".repeat(25) + "   samples  tottime  cumtime"), callers);
    assertTrue(
        lines.contains(
            "Main.java:12(Main.work)  <-     950    0.950    0.950  Main.java:5(Main.main)"),
        callers);
    String callees = StatsReportRenderer.renderCallees(sampled(), StatsOptions.defaults(), "main");
    assertTrue(callees.contains("   samples  tottime  cumtime"), callees);
    assertFalse(callees.contains("ncalls"), callees);
  }

  @Test
  void everySortKeyOrdersSampledResults() {
    for (SortKey key : SortKey.values()) {
      String report =
          StatsReportRenderer.render(sampled(), StatsOptions.defaults().withSortKey(key));
      assertTrue(report.contains("Ordered by: " + key.description()), report);
      assertTrue(report.contains("(Main.work)") && report.contains("(Main.main)"), report);
    }
    String byOwnTime =
        StatsReportRenderer.render(sampled(), StatsOptions.defaults().withSortKey(SortKey.TOTTIME));
    assertTrue(byOwnTime.indexOf("(Main.work)") < byOwnTime.indexOf("(Main.main)"), byOwnTime);
  }

  @Test
  void rawChangesNothing() {
    assertEquals(
        StatsReportRenderer.render(sampled(), StatsOptions.defaults()),
        StatsReportRenderer.render(sampled(), StatsOptions.defaults().withRaw(true)));
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }
}
