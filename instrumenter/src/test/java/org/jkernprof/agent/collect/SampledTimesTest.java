package org.jkernprof.agent.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.RunInfo;
import org.jkernprof.results.Sampling;
import org.junit.jupiter.api.Test;

/** Counted hits and sampled times make one set of results of the sampled timer. */
class SampledTimesTest {
  private static final long MILLISECOND = 1_000_000;

  @Test
  void eachLineGetsItsSamplesTimesTheIntervalAndKeepsItsHits() {
    MethodProfile work =
        new MethodProfile(
            "a.Work",
            "run",
            "()V",
            "Work.java",
            0,
            List.of(new LineStats(10, 1, 0), new LineStats(11, 1000, 0), new LineStats(12, 0, 0)));
    LineResults counted = new LineResults(new RunInfo("a.Work", "17", 0, 5), List.of(work));
    Map<Integer, Long> lineSamples = Map.of(10, 2L, 11, 37L);
    SampledTimes.SampleCounts counts =
        new SampledTimes.SampleCounts() {
          @Override
          public long ofLine(MethodProfile method, int line) {
            return lineSamples.getOrDefault(line, 0L);
          }

          @Override
          public long ofMethod(MethodProfile method) {
            return 38;
          }
        };

    LineResults sampled = SampledTimes.of(counted, counts, new Sampling(MILLISECOND, 400));

    assertTrue(sampled.isSampled());
    assertEquals(List.of(new Sampling(MILLISECOND, 400)), sampled.samplings());
    MethodProfile run = sampled.methods().get(0);
    assertEquals(38 * MILLISECOND, run.totalNanos());
    assertEquals(new LineStats(10, 1, 2 * MILLISECOND).withSamples(2), run.lines().get(0));
    assertEquals(new LineStats(11, 1000, 37 * MILLISECOND).withSamples(37), run.lines().get(1));
    assertEquals(new LineStats(12, 0, 0), run.lines().get(2));
  }
}
