package org.jkernprof.agent.instr;

/**
 * The function-level runtime that call probes name, and how to register methods with it. As with
 * {@link ProbeRuntime}, the agent's copy lives in the bootstrap class loader under its own names.
 */
public interface CallProbeRuntime {
  /** Internal name of the class with {@code static CallCounters enter(int)}. */
  String recorderClass();

  /** Internal name of the counters class with {@code push(I)I} and {@code exit(I)V}. */
  String countersClass();

  /**
   * Whether call probes also count allocated bytes: they then call {@code pushWithMemory(I)I} and
   * {@code exitWithMemory(I)V} instead of {@code push} and {@code exit}.
   */
  default boolean countsMemory() {
    return false;
  }

  /**
   * Whether probes only count calls, for the sampled timer: one {@code static void count(int id)}
   * call on {@link #tallyClass()} at method entry, and nothing else (no clock, no exit probe). The
   * times then come from stack samples. Not with {@link #countsMemory()}.
   */
  default boolean countsCallsOnly() {
    return false;
  }

  /**
   * Internal name of the class with {@code static void count(int)}, for {@link #countsCallsOnly}.
   */
  default String tallyClass() {
    throw new UnsupportedOperationException("this runtime has no counting probes");
  }

  /** Registers a method and returns its id. */
  int registerMethod(
      String className, String methodName, String descriptor, String sourceFile, int firstLine);
}
