package org.jkernprof.bench;

/**
 * A loop of {@link #CALLS} calls to a tiny method. Under function-level profiling every one of
 * them, and the call of {@link #loop} itself, is a profiled call.
 */
final class Calls {
  static final int CALLS = 100;

  private Calls() {}

  static int loop(int x) {
    for (int i = 0; i < CALLS; i++) {
      x = step(x, i);
    }
    return x;
  }

  private static int step(int x, int i) {
    return x * 31 + i;
  }
}
