package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.CallPath;
import org.jkernprof.results.CallProbeCost;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.RunInfo;
import org.junit.jupiter.api.Test;

/**
 * Folded stacks: the sampled timer's stacks weigh their samples; the clock timer's call paths their
 * own nanoseconds, the other paths one frame of their own, paths of no own time left out.
 */
class CollapsedStacksTest {
  /**
   * main (0) calls a (1) and b (2), each of which calls c (3): 30 ms under a, 10 ms under b; b took
   * no time of its own; one frame went to the other paths. Probes cost 20 ns inside each call.
   */
  static FunctionResults clock() {
    List<FunctionStats> functions =
        List.of(
            stats("main", 1, 1_000, 42_000_000),
            stats("a", 1, 1_000, 31_000_000),
            stats("b", 1, 0, 10_000_000),
            stats("c", 3, 40_000_000, 40_000_000));
    return FunctionResults.measured(
            new RunInfo("a.Main", "17", 1_000, 50_000_000),
            functions,
            List.of(new CallEdge(CallEdge.UNPROFILED, 0, 1, 1, 1_000, 42_000_000)),
            false,
            new CallProbeCost(20, 0, 1))
        .withPaths(
            List.of(
                new CallPath(new int[] {0}, 1, 1_000, 2),
                new CallPath(new int[] {0, 1}, 1, 1_000, 1),
                new CallPath(new int[] {0, 1, 3}, 1, 30_000_000, 0),
                new CallPath(new int[] {0, 2, 3}, 2, 10_000_000, 0),
                CallPath.other(1, 500, 0),
                new CallPath(new int[] {0, 2}, 1, 0, 2)));
  }

  private static FunctionStats stats(String name, long calls, long own, long cumulative) {
    return new FunctionStats("a.Main", name, "()V", "Main.java", 3, calls, calls, own, cumulative);
  }

  @Test
  void clockPathsWeighTheirOwnNanoseconds() {
    assertEquals(
        "a.Main.main 1000\n"
            + "a.Main.main;a.Main.a 1000\n"
            + "a.Main.main;a.Main.a;a.Main.c 30000000\n"
            + "a.Main.main;a.Main.b;a.Main.c 10000000\n"
            + "[other_call_paths] 500\n",
        CollapsedStacks.render(clock()));
  }

  @Test
  void theProbesShareComesOutWhenTheCallerAsksForIt() {
    assertEquals(
        "a.Main.main 980\n"
            + "a.Main.main;a.Main.a 980\n"
            + "a.Main.main;a.Main.a;a.Main.c 29999980\n"
            + "a.Main.main;a.Main.b;a.Main.c 9999960\n"
            + "[other_call_paths] 480\n",
        CollapsedStacks.render(clock().lessProbeCost()));
  }

  @Test
  void sampledStacksStillWeighTheirSamples() {
    String folded = CollapsedStacks.render(SampledStatsReportTest.sampled());
    for (String line : folded.split("\n")) {
      long weight = Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
      assertEquals(true, weight < 10_000, line);
    }
  }
}
