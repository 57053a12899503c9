package org.jkernprof.agent.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Own and cumulative weights, caller-callee edges and stacks from samples: only profiled frames
 * count, the innermost takes the own time, a method or edge counts once per sample however deep the
 * recursion, and the stacks' weights sum to the samples that caught a profiled frame.
 */
class SampledCallsTest {
  private static final List<String> APP = List.of("main", "work", "fib");
  private static final int MAIN = 0;
  private static final int WORK = 1;
  private static final int FIB = 2;

  private static final SampledCalls.MethodIndex INDEX =
      new SampledCalls.MethodIndex() {
        @Override
        public int indexOf(String className, String methodName, String descriptor) {
          return className.equals("app.Main") ? APP.indexOf(methodName) : -1;
        }
      };

  private static SampledFrame app(String method, int line) {
    return new SampledFrame("app.Main", method, "()V", line);
  }

  private static SampledFrame lib(String method) {
    return new SampledFrame("java.lang.Thread", method, "(J)V", -1);
  }

  private static StackSample sample(long weight, SampledFrame... innermostFirst) {
    return new StackSample("main", 1, weight, Arrays.asList(innermostFirst));
  }

  private static SampledCalls count(StackSample... samples) {
    return SampledCalls.count(Arrays.asList(samples), INDEX, APP.size());
  }

  @Test
  void theInnermostProfiledFrameTakesTheOwnTimeAndEveryFrameTheCumulative() {
    SampledCalls calls =
        count(
            sample(5, lib("sleep"), app("work", 20), lib("invoke"), app("main", 10)),
            sample(2, app("main", 11)),
            sample(3, lib("gc")));

    assertEquals(5, calls.ownWeight(WORK), "the sleep in the JDK is work's own time");
    assertEquals(2, calls.ownWeight(MAIN));
    assertEquals(5, calls.cumulativeWeight(WORK));
    assertEquals(7, calls.cumulativeWeight(MAIN));
    assertEquals(10, calls.totalWeight());
    assertEquals(7, calls.profiledWeight());
  }

  @Test
  void edgesJoinAdjacentProfiledFramesSkippingTheCodeBetween() {
    SampledCalls calls =
        count(
            sample(5, lib("sleep"), app("work", 20), lib("invoke"), app("main", 10)),
            sample(2, app("main", 11)));

    assertEquals(2, calls.edgeCount());
    int mainEdge = edge(calls, SampledCalls.UNPROFILED, MAIN);
    assertEquals(7, calls.edgeWeight(mainEdge));
    assertEquals(2, calls.edgeOwnWeight(mainEdge));
    int workEdge = edge(calls, MAIN, WORK);
    assertEquals(5, calls.edgeWeight(workEdge));
    assertEquals(5, calls.edgeOwnWeight(workEdge));
  }

  @Test
  void recursionCountsAMethodAndAnEdgeOncePerSample() {
    SampledCalls calls =
        count(sample(4, app("fib", 31), app("fib", 32), app("fib", 32), app("main", 10)));

    assertEquals(4, calls.ownWeight(FIB));
    assertEquals(4, calls.cumulativeWeight(FIB), "three frames, one sample of weight 4");
    assertEquals(4, calls.cumulativeWeight(MAIN));
    int self = edge(calls, FIB, FIB);
    assertEquals(4, calls.edgeWeight(self), "fib -> fib twice on the stack, counted once");
    assertEquals(4, calls.edgeOwnWeight(self));
    assertEquals(0, calls.edgeOwnWeight(edge(calls, MAIN, FIB)));
  }

  @Test
  void keepsEachDistinctStackRootFirstWithItsLinesAndWeight() {
    SampledCalls calls =
        count(
            sample(3, lib("sleep"), app("work", 20), app("main", 10)),
            sample(2, app("work", 20), lib("invoke"), app("main", 10)),
            sample(1, app("work", 21), app("main", 10)),
            sample(4, lib("gc")));

    assertEquals(2, calls.stackCount());
    assertArrayEquals(new int[] {MAIN, WORK}, calls.stackMethods(0));
    assertArrayEquals(new int[] {10, 20}, calls.stackLines(0));
    assertEquals(5, calls.stackWeight(0), "the same profiled frames, whatever lies between");
    assertArrayEquals(new int[] {10, 21}, calls.stackLines(1));
    long stacks = 0;
    for (int s = 0; s < calls.stackCount(); s++) {
      stacks += calls.stackWeight(s);
    }
    assertEquals(calls.profiledWeight(), stacks);
  }

  private static int edge(SampledCalls calls, int caller, int callee) {
    for (int e = 0; e < calls.edgeCount(); e++) {
      if (calls.edgeCaller(e) == caller && calls.edgeCallee(e) == callee) {
        return e;
      }
    }
    throw new AssertionError("no edge " + caller + " -> " + callee);
  }
}
