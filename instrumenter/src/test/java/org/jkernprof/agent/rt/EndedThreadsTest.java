package org.jkernprof.agent.rt;

import static org.jkernprof.agent.rt.LineCounters.HITS;
import static org.jkernprof.agent.rt.LineCounters.NANOS;
import static org.jkernprof.agent.rt.LineCounters.SLOT_LONGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The counters of threads that ended are folded into one total and dropped: their counts stay
 * exact, in snapshots and in test shares, and the recorders hold a bounded number of counters
 * however many threads a program starts. The probes' calls are made directly, as instrumented code
 * makes them.
 */
class EndedThreadsTest {
  private static final int THREADS = 1_000;

  /** Sweeps keep at most twice what the last one kept, and never sweep below 64 counters. */
  private static final int HELD_BOUND = 128;

  @Test
  void lineCountsOfThousandsOfEndedThreadsStayExactWhileFewCountersAreHeld() throws Exception {
    int method = LineRecorder.registerMethod("t.Ended", "run", "()V", "Ended.java");
    int a = LineRecorder.registerLine(method, 10, false);
    int b = LineRecorder.registerLine(method, 11, false);
    long test = LineRecorder.beginTest("t.EndedTest#many()");
    int maxHeld = 0;
    for (int t = 0; t < THREADS; t++) {
      runInNewThread(() -> aBA(a, b));
      maxHeld = Math.max(maxHeld, LineRecorder.heldCounters());
    }
    long[] midway = (long[]) LineRecorder.snapshot()[4];
    for (int t = 0; t < THREADS; t++) {
      runInNewThread(() -> aBA(a, b));
      maxHeld = Math.max(maxHeld, LineRecorder.heldCounters());
    }
    LineRecorder.endTest(test);

    assertEquals(
        2L * THREADS, midway[SLOT_LONGS * a + HITS], "hits of line a after the first threads");
    Object[] snapshot = LineRecorder.snapshot();
    long[] counts = (long[]) snapshot[LineSnapshot.COUNTS];
    assertEquals(4L * THREADS, counts[SLOT_LONGS * a + HITS]);
    assertEquals(2L * THREADS, counts[SLOT_LONGS * b + HITS]);
    assertTrue(counts[SLOT_LONGS * a + NANOS] > 0, "time of line a");
    long[] share = testShare(snapshot, "t.EndedTest#many()", a, b);
    assertEquals(4L * THREADS, share[0], "the test's hits of line a");
    assertEquals(2L * THREADS, share[1], "the test's hits of line b");
    assertTrue(maxHeld <= HELD_BOUND, "counters held at most: " + maxHeld);
  }

  @Test
  void aThreadThatLivesThroughManySweepsKeepsAllItsCounts() throws Exception {
    int method = LineRecorder.registerMethod("t.LongLived", "run", "()V", "LongLived.java");
    int a = LineRecorder.registerLine(method, 20, false);
    int b = LineRecorder.registerLine(method, 21, false);
    CountDownLatch recordedOnce = new CountDownLatch(1);
    CountDownLatch othersDone = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread longLived =
        new Thread(
            () -> {
              try {
                aBA(a, b);
                recordedOnce.countDown();
                othersDone.await();
                aBA(a, b);
              } catch (Throwable e) {
                failure.set(e);
              }
            });
    longLived.start();
    recordedOnce.await();
    for (int t = 0; t < THREADS; t++) {
      runInNewThread(() -> {});
      runInNewThread(() -> aBA(a, b));
    }
    othersDone.countDown();
    longLived.join();

    assertEquals(null, failure.get());
    long[] counts = (long[]) LineRecorder.snapshot()[4];
    assertEquals(2L * (THREADS + 2), counts[SLOT_LONGS * a + HITS]);
    assertEquals(THREADS + 2L, counts[SLOT_LONGS * b + HITS]);
  }

  @Test
  void callCountsOfThousandsOfEndedThreadsStayExactWhileFewCountersAreHeld() throws Exception {
    int outer = CallRecorder.registerMethod("t.Calls", "outer", "()V", "Calls.java", 5);
    int inner = CallRecorder.registerMethod("t.Calls", "inner", "()V", "Calls.java", 9);
    int maxHeld = 0;
    for (int t = 0; t < 2 * THREADS; t++) {
      runInNewThread(
          () -> {
            CallCounters counters = CallRecorder.enter(Math.max(outer, inner) + 1);
            int o = counters.push(outer);
            for (int i = 0; i < 3; i++) {
              counters.exit(counters.push(inner));
            }
            counters.exit(o);
          });
      maxHeld = Math.max(maxHeld, CallRecorder.heldCounters());
    }

    Object[] snapshot = CallRecorder.snapshot();
    long[] methodTotals = (long[]) snapshot[CallSnapshot.METHOD_COUNTS];
    assertEquals(2L * THREADS, methodTotals[4 * outer], "calls of outer");
    assertEquals(2L * THREADS, methodTotals[4 * outer + 1], "primitive calls of outer");
    assertEquals(6L * THREADS, methodTotals[4 * inner], "calls of inner");
    assertTrue(methodTotals[4 * outer + 3] >= methodTotals[4 * inner + 3], "cumulative times");
    int[] callers = (int[]) snapshot[CallSnapshot.EDGE_CALLERS];
    int[] callees = (int[]) snapshot[CallSnapshot.EDGE_CALLEES];
    long[] edgeCounts = (long[]) snapshot[CallSnapshot.EDGE_COUNTS];
    long outerToInner = 0;
    long unprofiledToOuter = 0;
    for (int e = 0; e < callers.length; e++) {
      if (callers[e] == outer && callees[e] == inner) {
        outerToInner += edgeCounts[4 * e];
      } else if (callers[e] == -1 && callees[e] == outer) {
        unprofiledToOuter += edgeCounts[4 * e];
      }
    }
    assertEquals(6L * THREADS, outerToInner, "calls from outer to inner");
    assertEquals(2L * THREADS, unprofiledToOuter, "calls of outer from unprofiled code");
    assertEquals(1, countOf(callers, callees, outer, inner), "one pair, summed over threads");
    assertEquals(2L * THREADS, pathCalls(snapshot, outer), "calls of the path outer");
    assertEquals(6L * THREADS, pathCalls(snapshot, outer, inner), "of the path outer;inner");
    assertTrue(maxHeld <= HELD_BOUND, "counters held at most: " + maxHeld);
  }

  /** The calls of the one tree node whose path from the root is {@code path}. */
  private static long pathCalls(Object[] snapshot, int... path) {
    int[] parents = (int[]) snapshot[CallSnapshot.PATH_PARENTS];
    int[] methods = (int[]) snapshot[CallSnapshot.PATH_METHODS];
    long[] counts = (long[]) snapshot[CallSnapshot.PATH_COUNTS];
    int parent = -1;
    int found = -1;
    for (int method : path) {
      found = -1;
      for (int node = 0; node < parents.length; node++) {
        if (parents[node] == parent && methods[node] == method) {
          found = node;
        }
      }
      parent = found;
    }
    return counts[CallSnapshot.PATH_LONGS * found + CallSnapshot.PATH_CALLS];
  }

  /** Line a, line b, line a again, in one frame: a gets two hits, b one. */
  private static void aBA(int a, int b) {
    LineCounters counters = LineRecorder.enter(Math.max(a, b) + 1);
    int frame = counters.push();
    counters.line(frame, a, a);
    counters.line(frame, b, b);
    counters.line(frame, a, a);
    counters.exit(frame);
  }

  private static void runInNewThread(Runnable body) throws InterruptedException {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                body.run();
              } catch (Throwable e) {
                failure.set(e);
              }
            });
    thread.start();
    thread.join();
    if (failure.get() != null) {
      throw new AssertionError("the thread failed", failure.get());
    }
  }

  /** The hits of lines {@code a} and {@code b} in the share of the test named {@code name}. */
  private static long[] testShare(Object[] snapshot, String name, int a, int b) {
    Object[] tests = (Object[]) snapshot[LineSnapshot.TESTS];
    String[] names = (String[]) tests[LineSnapshot.TEST_NAMES];
    int[][] slots = (int[][]) tests[LineSnapshot.TEST_SLOTS];
    long[][] counts = (long[][]) tests[LineSnapshot.TEST_COUNTS];
    int t = Arrays.asList(names).indexOf(name);
    assertTrue(t >= 0, "test " + name + " among " + Arrays.toString(names));
    long[] hits = new long[2];
    for (int i = 0; i < slots[t].length; i++) {
      if (slots[t][i] == a) {
        hits[0] = counts[t][SLOT_LONGS * i + HITS];
      } else if (slots[t][i] == b) {
        hits[1] = counts[t][SLOT_LONGS * i + HITS];
      }
    }
    return hits;
  }

  private static int countOf(int[] callers, int[] callees, int caller, int callee) {
    int n = 0;
    for (int e = 0; e < callers.length; e++) {
      if (callers[e] == caller && callees[e] == callee) {
        n++;
      }
    }
    return n;
  }
}
