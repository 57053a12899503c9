package org.jkernprof.agent.calibration;

import static org.jkernprof.agent.rt.LineCounters.ENTRIES;
import static org.jkernprof.agent.rt.LineCounters.EVENTS;
import static org.jkernprof.agent.rt.LineCounters.NANOS;
import static org.jkernprof.agent.rt.LineCounters.SLOT_LONGS;

import java.util.function.Function;
import org.jkernprof.agent.instr.ProbeRuntime;
import org.jkernprof.results.ProbeCalibration;

/**
 * Measures, in the profiled JVM, what the line probes cost: it runs {@link CalibrationLoops},
 * instrumented exactly as the program's profiled methods are, on a thread of its own, in rounds,
 * until the JIT has compiled it and the figures hold still, and reads what the runtime charged to
 * its lines. The first, short round runs before anything is compiled and gives the cost in
 * interpreted code.
 *
 * <p>Each round gives two figures: what one clock-reading probe adds to the line it runs in (the
 * time charged to lines of almost no work, per probe), and what one entry into a profiled frame
 * adds beyond its own probes (the time charged to a line that calls a one-line profiled method,
 * less its three probes). The result is the median of the last {@link #WINDOW} rounds, with half
 * their range as the spread.
 */
public final class ProbeCalibrator {
  /** The binary name of the calibration code, whose methods must be left out of the results. */
  public static final String CLASS_NAME = CalibrationTarget.CLASS_NAME;

  /** Rounds whose figures must agree. */
  static final int WINDOW = 5;

  /** How far, as a share of their median, the window's figures may spread once stable. */
  private static final double STABLE_SPREAD = 0.04;

  private static final int INTERPRETED_ITERATIONS = 300;
  private static final int LINE_ITERATIONS = 10_000;
  private static final int CALL_ITERATIONS = 10_000;
  private static final int MIN_ROUNDS = 12;
  private static final int MAX_ROUNDS = 120;
  private static final long MAX_NANOS = 1_500_000_000L;

  private final ProbeRuntime runtime;
  private final Function<int[], long[]> currentThreadCounts;

  /**
   * @param runtime the runtime the program's probes call, for the calibration code's probes
   * @param currentThreadCounts the counts so far of the given slots in the calling thread's
   *     counters, {@code SLOT_LONGS} longs per slot
   */
  public ProbeCalibrator(ProbeRuntime runtime, Function<int[], long[]> currentThreadCounts) {
    this.runtime = runtime;
    this.currentThreadCounts = currentThreadCounts;
  }

  /**
   * Measures the probes' cost now, on a new thread, and returns it.
   *
   * @throws IllegalStateException if it cannot be measured; the message says why
   */
  public MeasuredCost measure() {
    CalibrationTarget target = CalibrationTarget.load(runtime);
    MeasuredCost[] result = new MeasuredCost[1];
    RuntimeException[] failure = new RuntimeException[1];
    Thread thread =
        new Thread(
            new Runnable() {
              @Override
              public void run() {
                try {
                  result[0] = measure(target);
                } catch (RuntimeException e) {
                  failure[0] = e;
                }
              }
            },
            "jkernprof-calibration");
    thread.setDaemon(true);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring the probes' cost", e);
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    return result[0];
  }

  /** Runs the rounds on the current thread, a new one that runs nothing else. */
  private MeasuredCost measure(CalibrationTarget target) {
    int[] slots = new int[target.lineSlots().length + 1];
    System.arraycopy(target.lineSlots(), 0, slots, 0, slots.length - 1);
    slots[slots.length - 1] = target.callSlot();
    long[] before = currentThreadCounts.apply(slots);
    target.runLines(INTERPRETED_ITERATIONS);
    long[] after = currentThreadCounts.apply(slots);
    double interpreted = eventNanos(before, after, slots.length - 1);
    double[] events = new double[MAX_ROUNDS];
    double[] entries = new double[MAX_ROUNDS];
    long start = System.nanoTime();
    int rounds = 0;
    while (rounds < MAX_ROUNDS) {
      before = after;
      target.runLines(LINE_ITERATIONS);
      target.runCalls(CALL_ITERATIONS);
      after = currentThreadCounts.apply(slots);
      double event = eventNanos(before, after, slots.length - 1);
      events[rounds] = event;
      entries[rounds] = entryNanos(before, after, slots.length - 1, event);
      rounds++;
      if (rounds >= MIN_ROUNDS
          && (Window.of(events, rounds).isStable(STABLE_SPREAD)
              || System.nanoTime() - start > MAX_NANOS)) {
        break;
      }
    }
    Window event = Window.of(events, rounds);
    Window entry = Window.of(entries, rounds);
    ProbeCalibration cost =
        new ProbeCalibration(
            event.median(),
            event.halfRange(),
            Math.max(0, entry.median()),
            entry.halfRange(),
            Math.max(0, interpreted));
    // The thread is new: everything its counters ran is the measurement's.
    return new MeasuredCost(cost, after[after.length - 2], after[after.length - 1]);
  }

  /** Nanoseconds per probe charged to the first {@code lineCount} slots between two readings. */
  private static double eventNanos(long[] before, long[] after, int lineCount) {
    long nanos = 0;
    long events = 0;
    for (int i = 0; i < lineCount; i++) {
      nanos += delta(before, after, i, NANOS);
      events += delta(before, after, i, EVENTS);
    }
    return events == 0 ? 0 : (double) nanos / events;
  }

  /**
   * Nanoseconds per frame entry charged to the calling line (slot {@code index}) beyond its probes,
   * at {@code eventNanos} each.
   */
  private static double entryNanos(long[] before, long[] after, int index, double eventNanos) {
    long entries = delta(before, after, index, ENTRIES);
    if (entries == 0) {
      return 0;
    }
    double probes = delta(before, after, index, EVENTS) * eventNanos;
    return (delta(before, after, index, NANOS) - probes) / entries;
  }

  private static long delta(long[] before, long[] after, int index, int field) {
    int at = SLOT_LONGS * index + field;
    return after[at] - before[at];
  }

  /** The last {@link #WINDOW} figures of a series. */
  private static final class Window {
    private final double[] sorted;

    private Window(double[] sorted) {
      this.sorted = sorted;
    }

    static Window of(double[] series, int count) {
      int from = Math.max(0, count - WINDOW);
      double[] last = new double[count - from];
      System.arraycopy(series, from, last, 0, last.length);
      java.util.Arrays.sort(last);
      return new Window(last);
    }

    double median() {
      int n = sorted.length;
      return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    double halfRange() {
      return (sorted[sorted.length - 1] - sorted[0]) / 2;
    }

    boolean isStable(double share) {
      return sorted.length == WINDOW && halfRange() <= share * Math.abs(median());
    }
  }
}
