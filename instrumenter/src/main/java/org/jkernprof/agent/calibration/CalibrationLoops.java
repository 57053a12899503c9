package org.jkernprof.agent.calibration;

/**
 * The code the agent profiles to measure its own probes: instrumented like a profiled method and
 * defined in a class loader of its own, and run as it is, unprofiled, for the true cost of its
 * work. Each statement is a line of its own. {@link CalibrationTarget} finds the lines by their
 * order: keep it (the work methods are all lines, the last one a return).
 */
final class CalibrationLoops {
  /** The steps of a short line: a few nanoseconds of work, about what a probe's end can hide. */
  static final int SHORT_STEPS = 5;

  /** The steps of a medium line: some 15 ns of work, about where a probe's end is all hidden. */
  static final int MEDIUM_STEPS = 11;

  /** The steps of a long line: some 40 ns of work, far more than a probe's end can hide. */
  static final int LONG_STEPS = 32;

  private CalibrationLoops() {}

  /**
   * Eight lines that each call a method of almost no work: what each is charged is what a probe
   * costs a line too cheap to hide any of it. Straight lines in a method called in a loop, as most
   * profiled code is run.
   */
  static long noWork(long x) {
    x = CalibrationWork.spin(x, 0);
    x = CalibrationWork.spin(x, 0);
    x = CalibrationWork.spin(x, 0);
    x = CalibrationWork.spin(x, 0);
    x = CalibrationWork.spin(x, 0);
    x = CalibrationWork.spin(x, 0);
    x = CalibrationWork.spin(x, 0);
    return CalibrationWork.spin(x, 0);
  }

  /** Eight lines of a few nanoseconds of work each, about what the end of a probe can hide. */
  static long shortWork(long x) {
    x = CalibrationWork.spin(x, SHORT_STEPS);
    x = CalibrationWork.spin(x, SHORT_STEPS);
    x = CalibrationWork.spin(x, SHORT_STEPS);
    x = CalibrationWork.spin(x, SHORT_STEPS);
    x = CalibrationWork.spin(x, SHORT_STEPS);
    x = CalibrationWork.spin(x, SHORT_STEPS);
    x = CalibrationWork.spin(x, SHORT_STEPS);
    return CalibrationWork.spin(x, SHORT_STEPS);
  }

  /** Eight lines of some 15 ns of work each, where the hidden part of a probe stops growing. */
  static long mediumWork(long x) {
    x = CalibrationWork.spin(x, MEDIUM_STEPS);
    x = CalibrationWork.spin(x, MEDIUM_STEPS);
    x = CalibrationWork.spin(x, MEDIUM_STEPS);
    x = CalibrationWork.spin(x, MEDIUM_STEPS);
    x = CalibrationWork.spin(x, MEDIUM_STEPS);
    x = CalibrationWork.spin(x, MEDIUM_STEPS);
    x = CalibrationWork.spin(x, MEDIUM_STEPS);
    return CalibrationWork.spin(x, MEDIUM_STEPS);
  }

  /**
   * Four lines of some 40 ns of work each: what each is charged beyond that work is what a probe
   * costs a line whose work hides all of the probe's end it can.
   */
  static long longWork(long x) {
    x = CalibrationWork.spin(x, LONG_STEPS);
    x = CalibrationWork.spin(x, LONG_STEPS);
    x = CalibrationWork.spin(x, LONG_STEPS);
    return CalibrationWork.spin(x, LONG_STEPS);
  }

  /**
   * Eight lines of one arithmetic step each, run before anything is compiled: what each is charged
   * is what a probe costs in the interpreter.
   */
  static long interpreted(long x) {
    x += 0x51;
    x ^= x >>> 7;
    x += 0x3b;
    x ^= x << 3;
    x += 0x17;
    x ^= x >>> 5;
    x += 0x2d;
    return x ^ (x << 9);
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
