package org.jkernprof.agent.instr;

/**
 * The recorder runtime that probes call: the internal names of its classes, and how to register
 * profiled methods and their lines with it. The agent's runtime lives in the bootstrap class loader
 * under its own names; tests use the classes of {@code org.jkernprof.agent.rt} directly.
 */
public interface ProbeRuntime {
  /**
   * Internal name of the class with {@code static COUNTERS enter(int slotCapacity)}, which a frame
   * calls once to get its thread's counters.
   */
  String recorderClass();

  /**
   * Internal name of the counters class (COUNTERS above), with {@code int push()} at frame entry,
   * {@code void line(int frame, int slot, int keptSlot)} at every line and {@code void exit(int
   * frame)} when the frame returns or throws.
   */
  String countersClass();

  /**
   * Whether line probes also count allocated bytes: they then call {@code lineWithMemory(III)V} and
   * {@code exitWithMemory(I)V} instead of {@code line(III)V} and {@code exit(I)V}.
   */
  default boolean countsMemory() {
    return false;
  }

  /**
   * The probes line mode inserts: {@link LineTimer#CLOCK} (the default) calls the counters at every
   * line; {@link LineTimer#SAMPLED} inserts counting probes, which need {@link #registerHitTable}
   * and the recorder's {@code static long[] hitCounts(int table)}. Counting probes count no memory.
   */
  default LineTimer lineTimer() {
    return LineTimer.CLOCK;
  }

  /**
   * For counting probes: registers one instrumented method's table of line slots (its probe {@code
   * i} counts hits of {@code slots[i]}) and returns the table's id, which the method passes to the
   * recorder's {@code hitCounts(int)} once per frame.
   */
  default int registerHitTable(int[] slots) {
    throw new UnsupportedOperationException("this runtime has no counting probes");
  }

  /** Registers a profiled method, or finds it if it already is, and returns its id. */
  int registerMethod(String className, String methodName, String descriptor, String sourceFile);

  /** Returns the slot for one line of a registered method, own or nested. */
  int registerLine(int methodId, int line, boolean nested);
}
