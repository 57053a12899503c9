package org.jkernprof.agent.rt;

import static org.jkernprof.agent.rt.LineCounters.HITS;
import static org.jkernprof.agent.rt.LineCounters.NANOS;
import static org.jkernprof.agent.rt.LineCounters.SLOT_LONGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A thread's counters hold pages only for the code it ran: in a program with many profiled lines, a
 * thread that runs one method holds a few pages, not a pair of longs for every line. Counts stay
 * exact across page boundaries.
 */
class CounterPagesTest {
  private static final int PAGE_SLOTS = 1 << LineCounters.PAGE_SHIFT;

  @Test
  void aThreadThatRunsOneMethodHoldsOnlyItsPages() throws Exception {
    int big = LineRecorder.registerMethod("t.Big", "run", "()V", "Big.java");
    for (int line = 1; line <= 20_000; line++) {
      LineRecorder.registerLine(big, line, false);
    }
    int late = LineRecorder.registerMethod("t.Late", "run", "()V", "Late.java");
    int a = LineRecorder.registerLine(late, 1, false);
    int b = LineRecorder.registerLine(late, 2, false);
    AtomicLong held = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                LineCounters counters = run(a, b, 5);
                held.set(counters.heldLongs());
              } catch (Throwable e) {
                failure.set(e);
              }
            });
    thread.start();
    thread.join();

    assertEquals(null, failure.get());
    // Page 0 (NO_SLOT's) and the page of a and b, or two if they straddle a boundary: a dense
    // table would hold 2 * 20,000 longs.
    assertTrue(held.get() <= 3L * SLOT_LONGS * PAGE_SLOTS, "longs held: " + held.get());
    long[] counts = (long[]) LineRecorder.snapshot()[4];
    assertEquals(5, counts[SLOT_LONGS * a + HITS], "hits of a");
    assertEquals(5, counts[SLOT_LONGS * b + HITS], "hits of b");
  }

  @Test
  void countsOnBothSidesOfAPageBoundaryStayExact() {
    int method = LineRecorder.registerMethod("t.Boundary", "run", "()V", "Boundary.java");
    int first = LineRecorder.registerLine(method, 1, false);
    // Lines up to the next page boundary and one past it.
    int before = first;
    while ((before + 1) % PAGE_SLOTS != 0) {
      before = LineRecorder.registerLine(method, before - first + 2, false);
    }
    int after = LineRecorder.registerLine(method, before - first + 2, false);
    assertEquals(0, after % PAGE_SLOTS, "the last line starts a page");

    LineCounters counters = run(before, after, 7);

    long[] counts = (long[]) LineRecorder.snapshot()[4];
    assertEquals(7, counts[SLOT_LONGS * before + HITS], "hits of the page's last slot");
    assertEquals(7, counts[SLOT_LONGS * after + HITS], "hits of the next page's first slot");
    assertTrue(
        counts[SLOT_LONGS * before + NANOS] > 0 && counts[SLOT_LONGS * after + NANOS] > 0,
        "both timed");
    assertTrue(counters.heldLongs() > 0);
  }

  /**
   * {@code times} calls of a method whose lines are {@code a} then {@code b}, as probes make them.
   */
  private static LineCounters run(int a, int b, int times) {
    LineCounters counters = null;
    for (int i = 0; i < times; i++) {
      counters = LineRecorder.enter(Math.max(a, b) + 1);
      int frame = counters.push();
      counters.line(frame, a, a);
      counters.line(frame, b, b);
      counters.exit(frame);
    }
    return counters;
  }
}
