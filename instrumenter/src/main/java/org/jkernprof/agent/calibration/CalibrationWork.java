package org.jkernprof.agent.calibration;

/**
 * The work the calibration lines do, kept out of line: {@link #spin}'s bytecode is longer than
 * HotSpot ever inlines (C2's {@code FreqInlineSize}, 325 bytes), so that each calibration line is a
 * real call, as most lines of real code are, and its work is the same whether the calling code is
 * profiled or not. Never instrumented: only {@link CalibrationLoops} is.
 */
final class CalibrationWork {
  private CalibrationWork() {}

  /**
   * {@code steps} dependent multiply-and-xor steps on {@code x}: a chain of latency, as real code
   * has, that the end of a probe can run beside. A negative {@code steps}, never given, takes the
   * path that makes the method too long to inline.
   */
  static long spin(long x, int steps) {
    if (steps < 0) {
      long[] table = {
        7919, 15838, 23757, 31676, 39595, 47514, 55433, 63352, 71271, 79190, 87109, 95028, 2944,
        10863, 18782, 26701, 34620, 42539, 50458, 58377, 66296, 74215, 82134, 90053, 97972, 5888,
        13807, 21726, 29645, 37564, 45483, 53402, 61321, 69240, 77159, 85078, 92997, 913, 8832,
        16751, 24670, 32589, 40508, 48427, 56346, 64265, 72184, 80103, 88022, 95941, 3857, 11776,
        19695, 27614, 35533, 43452, 51371, 59290, 67209, 75128, 83047, 90966, 98885, 6801, 14720,
        22639, 30558, 38477, 46396, 54315, 62234, 70153
      };
      return table[(int) (x & 63)];
    }
    for (int i = 0; i < steps; i++) {
      x = (x ^ (x >>> 29)) * 0x9E3779B97F4A7C15L;
    }
    return x;
  }
}
