package org.jkernprof.agent.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.jkernprof.agent.rt.CallSnapshot;
import org.jkernprof.agent.sampling.SampledFrame;
import org.jkernprof.agent.sampling.StackSample;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.RunInfo;
import org.jkernprof.results.SampledStack;
import org.jkernprof.results.Sampling;
import org.junit.jupiter.api.Test;

/**
 * Function results of the sampled timer: the counted calls of every method called, times from the
 * samples times the interval, edges and stacks from the samples; a method never called is left out,
 * and its frames count as code that is not profiled.
 */
class SampledCallCollectorTest {
  private static final long INTERVAL = 2_000_000;

  private static Object[] snapshot(long... calls) {
    Object[] snapshot = new Object[CallSnapshot.LENGTH];
    snapshot[CallSnapshot.METHODS] =
        new String[][] {
          {"app.Main", "main", "()V", "Main.java"},
          {"app.Main", "work", "()V", "Main.java"},
          {"app.Main", "idle", "()V", "Main.java"}
        };
    snapshot[CallSnapshot.FIRST_LINES] = new int[] {5, 20, 30};
    snapshot[CallSnapshot.TALLIED_CALLS] = calls;
    return snapshot;
  }

  private static SampledFrame app(String method, int line) {
    return new SampledFrame("app.Main", method, "()V", line);
  }

  @Test
  void callsAreCountedAndTimesAreSamplesTimesTheInterval() {
    FunctionResults results =
        SampledCallCollector.collect(
            snapshot(1, 40, 0),
            new RunInfo("app.Main", "17", 0, 1),
            List.of(
                new StackSample("main", 1, 30, Arrays.asList(app("work", 21), app("main", 6))),
                new StackSample("main", 1, 10, Arrays.asList(app("idle", 31), app("main", 7))),
                new StackSample("gc", -1, 5, List.of())),
            INTERVAL);

    assertTrue(results.isSampled());
    assertEquals(List.of(new Sampling(INTERVAL, 45)), results.samplings());
    assertEquals(2, results.functions().size(), "idle was never called: " + results.functions());
    FunctionStats main = results.functions().get(0);
    FunctionStats work = results.functions().get(1);
    assertEquals(1, main.calls());
    assertEquals(40, work.calls());
    assertEquals(40, work.primitiveCalls(), "the probes do not tell recursive calls apart");
    assertEquals(30 * INTERVAL, work.totalNanos());
    assertEquals(10 * INTERVAL, main.totalNanos(), "idle's samples are main's own time");
    assertEquals(40 * INTERVAL, main.cumulativeNanos());
    CallEdge toWork = results.edges().get(0);
    assertEquals(List.of(0, 1, 30L), List.of(toWork.caller(), toWork.callee(), toWork.calls()));
    assertEquals(CallEdge.UNPROFILED, results.edges().get(1).caller());
    SampledStack first = results.stacks().get(0);
    assertEquals(
        List.of(0, 1, 6, 21),
        List.of(first.method(0), first.method(1), first.line(0), first.line(1)));
    assertEquals(30 * INTERVAL, first.nanos());
    assertEquals(40, results.stacks().stream().mapToLong(SampledStack::samples).sum());
  }
}
