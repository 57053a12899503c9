package org.jkernprof.agent.calibration;

/**
 * The code the agent profiles to measure its own probes: never loaded as it is, but instrumented
 * like a profiled method and defined in a class loader of its own. Each statement is a line of its
 * own that costs well under a nanosecond once compiled, so the time charged to it is the probes'.
 * {@link ProbeCalibrator} finds the lines by their order: keep it.
 */
final class CalibrationLoops {
  private CalibrationLoops() {}

  /**
   * Eight lines of almost no work per iteration: what each is charged is what one probe adds to the
   * line it runs in.
   */
  static int lines(int iterations) {
    int a = iterations;
    for (int i = 0; i < iterations; i++) {
      a += i;
      a ^= 0x5bd1e995;
      a += a << 3;
      a ^= a >>> 7;
      a += 17;
      a ^= i << 1;
      a -= 3;
      a ^= 11;
    }
    return a;
  }

  /**
   * One line that calls a profiled method of one line per iteration: what it is charged beyond its
   * own probe and the callee's two is what entering a profiled frame adds.
   */
  static int calls(int iterations) {
    int a = iterations;
    for (int i = 0; i < iterations; i++) {
      a += leaf(i);
    }
    return a;
  }

  private static int leaf(int i) {
    return i ^ 0x2f;
  }
}
