package org.jkernprof.agent.rt;

import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of the line-profiling runtime. Instrumented methods call {@link #enter} once per
 * frame to get their thread's {@link LineCounters}; the agent registers methods and line slots
 * while it instruments, and takes a {@link #snapshot} when it writes results.
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

  /**
   * Sums the counts of every thread, living or ended, with the time so far of every line still
   * running. Plain arrays, since this class may live in another class loader than its caller:
   * {@code {String[][] methods (class, name, descriptor, source file per method id), int[]
   * slotMethod, int[] slotLine, boolean[] slotNested, long[] counts (hits at 2 * slot, nanoseconds
   * at 2 * slot + 1)}}.
   */
  public static Object[] snapshot() {
    int slots = REGISTRY.slotCount();
    long[] totals = new long[2 * slots];
    long now = System.nanoTime();
    synchronized (ALL_COUNTERS) {
      for (LineCounters counters : ALL_COUNTERS) {
        counters.addTo(totals, now);
      }
    }
    return REGISTRY.snapshot(totals);
  }
}
