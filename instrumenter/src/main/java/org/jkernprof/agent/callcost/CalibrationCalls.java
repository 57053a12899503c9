package org.jkernprof.agent.callcost;

/**
 * The code the calibration times. {@link CallCostCalibration} reads this class file from the agent
 * jar, has the real function-level instrumenter put probes in the methods whose names start with
 * {@code profiled}, and defines the result in a class loader of its own; the {@code bare} twins
 * stay unprofiled, to time the same work without probes. Never used as loaded from the jar.
 */
public final class CalibrationCalls {
  private CalibrationCalls() {}

  /** Calls {@link #profiledChild} {@code calls} times, each on the last one's result. */
  public static long profiledParent(int calls, long seed) {
    long value = seed;
    for (int i = 0; i < calls; i++) {
      value = profiledChild(value);
    }
    return value;
  }

  /** A step the JIT cannot leave out: its result feeds the next call. */
  static long profiledChild(long value) {
    return value * 0x9E3779B97F4A7C15L + 1;
  }

  /** {@link #profiledParent} without probes. */
  public static long bareParent(int calls, long seed) {
    long value = seed;
    for (int i = 0; i < calls; i++) {
      value = bareChild(value);
    }
    return value;
  }

  static long bareChild(long value) {
    return value * 0x9E3779B97F4A7C15L + 1;
  }
}
