package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.RunInfo;
import org.jkernprof.results.Sampling;
import org.junit.jupiter.api.Test;

class SideTimeTest {
  private static final RunInfo RUN = new RunInfo("app.jar", "17.0.15+6", 1_764_000_000_000L, 9L);

  private static SideTime clock(long... nanos) {
    List<Optional<LineStats>> lines = new ArrayList<>();
    List<LineResults> runs = new ArrayList<>();
    List<ShownTime> shown = new ArrayList<>();
    for (long n : nanos) {
      LineStats line = new LineStats(7, 10, n);
      lines.add(Optional.of(line));
      LineResults run =
          new LineResults(
              RUN, List.of(new MethodProfile("a.A", "m", "()V", "A.java", n, List.of(line))));
      runs.add(run);
      shown.add(ShownTime.of(run, ReportOptions.defaults()));
    }
    return SideTime.ofLine(lines, runs, shown);
  }

  private static SideTime sampled(long samples) {
    LineStats line = new LineStats(7, 10, samples * 1_000_000).withSamples(samples);
    LineResults run =
        new LineResults(
                RUN, List.of(new MethodProfile("a.A", "m", "()V", "A.java", 0, List.of(line))))
            .withSamplings(List.of(new Sampling(1_000_000, samples)));
    return SideTime.ofLine(
        List.of(Optional.of(line)),
        List.of(run),
        List.of(ShownTime.of(run, ReportOptions.defaults())));
  }

  @Test
  void oneClockRunASideHasNoKnownSpreadAndNothingIsCalledNoise() {
    assertFalse(clock(100).spreadKnown());
    assertFalse(SideTime.withinNoise(clock(100), clock(101)));
  }

  @Test
  void runsThatSpreadWidelyHideAChangeOfTheirSizeAndTightOnesDoNot() {
    assertTrue(SideTime.withinNoise(clock(100, 200), clock(150, 260)));
    assertFalse(SideTime.withinNoise(clock(100, 101, 99), clock(300, 301, 299)));
    assertEquals(150, clock(100, 200).mean(), 1e-9);
  }

  @Test
  void aSampledRunsSpreadIsItsCountsSquareRoot() {
    // 10,000 samples vary by about 100: 10,100 is within, 10,400 is not.
    assertTrue(SideTime.withinNoise(sampled(10_000), sampled(10_100)));
    assertFalse(SideTime.withinNoise(sampled(10_000), sampled(10_400)));
  }

  @Test
  void fewRunsNeedAWiderMarginThanTheNormalOne() {
    assertEquals(12.71, SideTime.t975(1), 1e-9);
    assertEquals(4.30, SideTime.t975(2.7), 1e-9);
    assertEquals(2.23, SideTime.t975(12), 1e-9);
    assertEquals(1.96, SideTime.t975(Double.POSITIVE_INFINITY), 1e-9);
  }
}
