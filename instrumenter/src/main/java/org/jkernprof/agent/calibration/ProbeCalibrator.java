package org.jkernprof.agent.calibration;

import static org.jkernprof.agent.rt.LineCounters.ENTRIES;
import static org.jkernprof.agent.rt.LineCounters.EVENTS;
import static org.jkernprof.agent.rt.LineCounters.NANOS;
import static org.jkernprof.agent.rt.LineCounters.SLOT_LONGS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * <p>A probe reads the clock, then does its bookkeeping; the processor runs that end of the probe
 * beside the line's own work. So a line of almost no work is charged the whole probe, while a line
 * of more work (a chain of dependent steps, as most work is) hides part of it. Each round therefore
 * measures four kinds of lines of known work, none, a few nanoseconds, some 15 and some 40 ns, and
 * times the same loops without probes: for each, what a line truly costs and what it was charged
 * per probe. These points make the curve {@link ProbeCalibration} reads lines' own times off. A
 * fourth figure, what one entry into a profiled frame adds, comes from a line that calls a profiled
 * method of one line. Each figure is the median of the last {@link #WINDOW} rounds; the spread is
 * half the widest range of the middle three charged figures of a loop.
 */
public final class ProbeCalibrator {
  /** The binary name of the calibration code, whose methods must be left out of the results. */
  public static final String CLASS_NAME = CalibrationTarget.CLASS_NAME;

  /** Rounds whose figures must agree. */
  static final int WINDOW = 5;

  /** How far, as a share of their median, the window's figures may spread once stable. */
  private static final double STABLE_SPREAD = 0.03;

  /** Calls of the first loop before anything is compiled: HotSpot compiles after 200 or more. */
  private static final int INTERPRETED_CALLS = 100;

  /**
   * The interpreted calls are timed in this many batches, and the median batch taken: a pause of
   * the machine (or the first call's linking) in one batch would otherwise be charged to every
   * probe (seen: 9,730 ns per interpreted event in one run, about 125 ns in others).
   */
  private static final int INTERPRETED_BATCHES = WINDOW;

  /**
   * Calls of each work method per round: a millisecond or two of each, and after a few rounds
   * enough calls for HotSpot to ask C2 for it (5,000).
   */
  private static final int[] LOOP_CALLS = {10_000, 10_000, 6_000, 5_000};

  /** Calls of the method whose line calls a profiled method, and its iterations per call. */
  private static final int CALLS = 200;

  private static final int CALL_ITERATIONS = 25;
  private static final int MIN_ROUNDS = 12;

  /** Rounds (some 8 ms each) the JIT's compiling time must stand still for. */
  private static final int JIT_IDLE_ROUNDS = 10;

  private static final int MAX_ROUNDS = 80;
  private static final long MAX_NANOS = 800_000_000L;

  private final ProbeRuntime runtime;
  private final Function<int[], long[]> currentThreadCounts;

  /**
   * @param runtime the runtime the program's probes call, for the calibration code's probes
   * @param currentThreadCounts the counts so far of the given slots in the calling thread's
   *     counters, {@code SLOT_LONGS} longs per slot, then the thread's probes and entries in all
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
    try {
      return OwnThread.run(
          new OwnThread.Work<MeasuredCost>() {
            @Override
            public MeasuredCost run() {
              return measure(target);
            }
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring the probes' cost", e);
    } catch (OwnThread.Failed e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException
          ? (RuntimeException) cause
          : new IllegalStateException(cause.toString(), cause);
    }
  }

  /** Runs the rounds on the current thread, a new one that runs nothing else. */
  private MeasuredCost measure(CalibrationTarget target) {
    Slots slots = new Slots(target);
    int loops = target.loops();
    long[] after = currentThreadCounts.apply(slots.all);
    double[] batches = new double[INTERPRETED_BATCHES];
    for (int batch = 0; batch < INTERPRETED_BATCHES; batch++) {
      long[] start = after;
      target.runInterpreted(INTERPRETED_CALLS / INTERPRETED_BATCHES);
      after = currentThreadCounts.apply(slots.all);
      batches[batch] = eventNanos(start, after, slots.interpreted);
    }
    double interpreted = Window.of(batches, INTERPRETED_BATCHES).median();
    long[] before;
    double[][] charged = new double[loops][MAX_ROUNDS];
    double[][] work = new double[loops][MAX_ROUNDS];
    double[] entries = new double[MAX_ROUNDS];
    long start = System.nanoTime();
    JitActivity jit = new JitActivity();
    long[] compiled = new long[MAX_ROUNDS];
    int rounds = 0;
    while (rounds < MAX_ROUNDS) {
      before = after;
      for (int loop = 0; loop < loops; loop++) {
        target.runProfiled(loop, LOOP_CALLS[loop]);
      }
      target.runCalls(CALLS, CALL_ITERATIONS);
      after = currentThreadCounts.apply(slots.all);
      for (int loop = 0; loop < loops; loop++) {
        charged[loop][rounds] = eventNanos(before, after, slots.loops[loop]);
        work[loop][rounds] = target.unprofiledLineNanos(loop, LOOP_CALLS[loop]);
      }
      entries[rounds] = entryNanos(before, after, slots.call, charged[0][rounds]);
      rounds++;
      // Stable figures while the JIT is still compiling may be those of code it is replacing; a
      // compilation shows in the JIT's time only once it ends, so it must have stood still for
      // longer than compiling these small methods takes.
      compiled[rounds - 1] = jit.compilingMillis();
      boolean jitIdle =
          rounds > JIT_IDLE_ROUNDS
              && compiled[rounds - 1] == compiled[rounds - 1 - JIT_IDLE_ROUNDS];
      if (rounds >= MIN_ROUNDS
          && ((jitIdle && allStable(charged, rounds) && allStable(work, rounds))
              || System.nanoTime() - start > MAX_NANOS)) {
        break;
      }
    }
    double[] curveWork = new double[loops];
    double[] curveCharged = new double[loops];
    double spread = 0;
    for (int loop = 0; loop < loops; loop++) {
      curveWork[loop] = Window.of(work[loop], rounds).median();
      Window window = Window.of(charged[loop], rounds);
      curveCharged[loop] = window.median();
      spread = Math.max(spread, window.spread());
    }
    Window entry = Window.of(entries, rounds);
    ProbeCalibration cost =
        new ProbeCalibration(
            curveWork,
            curveCharged,
            spread,
            Math.max(0, entry.median()),
            entry.spread(),
            Math.max(0, interpreted));
    // The thread is new: everything its counters ran is the measurement's.
    return new MeasuredCost(cost, after[after.length - 2], after[after.length - 1]);
  }

  private static boolean allStable(double[][] series, int rounds) {
    for (double[] s : series) {
      if (!Window.of(s, rounds).isStable(STABLE_SPREAD)) {
        return false;
      }
    }
    return true;
  }

  /** Where each slot the rounds read sits in the counts read. */
  private static final class Slots {
    final int[] all;
    final int[][] loops;
    final int[] interpreted;
    final int call;

    Slots(CalibrationTarget target) {
      List<Integer> every = new ArrayList<>();
      loops = new int[target.loops()][];
      for (int loop = 0; loop < loops.length; loop++) {
        int[] slots = target.loopSlots(loop);
        loops[loop] = new int[slots.length];
        for (int i = 0; i < slots.length; i++) {
          loops[loop][i] = every.size();
          every.add(slots[i]);
        }
      }
      int[] slow = target.interpretedSlots();
      interpreted = new int[slow.length];
      for (int i = 0; i < slow.length; i++) {
        interpreted[i] = every.size();
        every.add(slow[i]);
      }
      call = every.size();
      every.add(target.callSlot());
      all = new int[every.size()];
      for (int i = 0; i < all.length; i++) {
        all[i] = every.get(i);
      }
    }
  }

  /** Nanoseconds per probe charged to the slots at {@code indexes} between two readings. */
  private static double eventNanos(long[] before, long[] after, int[] indexes) {
    long nanos = 0;
    long events = 0;
    for (int i : indexes) {
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
      double[] last = Arrays.copyOfRange(series, from, count);
      Arrays.sort(last);
      return new Window(last);
    }

    double median() {
      int n = sorted.length;
      return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * Half the range of the middle figures (all but the highest and the lowest, when there are
     * five): one round slowed by a collection or another process does not make it.
     */
    double spread() {
      int trim = sorted.length >= WINDOW ? 1 : 0;
      return (sorted[sorted.length - 1 - trim] - sorted[trim]) / 2;
    }

    boolean isStable(double share) {
      return sorted.length == WINDOW && spread() <= share * Math.abs(median());
    }
  }
}
