package org.jkernprof.agent.rt;

import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of the line-profiling runtime. Instrumented methods call {@link #enter} once per
 * frame to get their thread's {@link LineCounters}; the agent registers methods and line slots
 * while it instruments, and takes a {@link Snapshot} when it writes results.
 */
public final class LineRecorder {
  private static final SlotRegistry REGISTRY = new SlotRegistry();

  /** Every thread's counters, kept after the thread ends so its counts are never lost. */
  private static final List<LineCounters> ALL_COUNTERS = new ArrayList<>();

  private static final ThreadLocal<LineCounters> COUNTERS =
      new ThreadLocal<LineCounters>() {
        @Override
        protected LineCounters initialValue() {
          LineCounters counters = new LineCounters(REGISTRY.slotCount());
          synchronized (ALL_COUNTERS) {
            ALL_COUNTERS.add(counters);
          }
          return counters;
        }
      };

  private LineRecorder() {}

  /**
   * Called once at the start of every instrumented frame.
   *
   * @param slotCapacity one more than the highest slot the calling method's probes use
   * @return the current thread's counters, with room for those slots
   */
  public static LineCounters enter(int slotCapacity) {
    LineCounters counters = COUNTERS.get();
    counters.ensureCapacity(slotCapacity);
    return counters;
  }

  /** Registers a profiled method, or finds it if it already is, and returns its id. */
  public static int registerMethod(
      String className, String methodName, String descriptor, String sourceFile) {
    return REGISTRY.method(className, methodName, descriptor, sourceFile);
  }

  /**
   * Returns the slot for one line of a registered method.
   *
   * @param nested whether the probe sits in a lambda or inner class written inside the method,
   *     rather than in the method's own frame
   */
  public static int registerLine(int methodId, int line, boolean nested) {
    return REGISTRY.slot(methodId, line, nested);
  }

  /** Sums the counts of every thread, living or ended, into one snapshot. */
  public static Snapshot snapshot() {
    int slots = REGISTRY.slotCount();
    long[] totals = new long[2 * slots];
    synchronized (ALL_COUNTERS) {
      for (LineCounters counters : ALL_COUNTERS) {
        counters.addTo(totals);
      }
    }
    return REGISTRY.snapshot(totals);
  }

  /** Summed counts with the slot table that explains them. Plain arrays: this is the boot path. */
  public static final class Snapshot {
    /** Per method id: class name, method name, descriptor, source file. */
    public final String[][] methods;

    /** Per slot: the method id it belongs to. */
    public final int[] slotMethod;

    /** Per slot: its source line. */
    public final int[] slotLine;

    /** Per slot: whether it counts nested code (lambdas, inner classes) of its method. */
    public final boolean[] slotNested;

    /** Two per slot: {@code [2 * slot]} hits, {@code [2 * slot + 1]} nanoseconds. */
    public final long[] counts;

    Snapshot(
        String[][] methods, int[] slotMethod, int[] slotLine, boolean[] slotNested, long[] counts) {
      this.methods = methods;
      this.slotMethod = slotMethod;
      this.slotLine = slotLine;
      this.slotNested = slotNested;
      this.counts = counts;
    }
  }
}
