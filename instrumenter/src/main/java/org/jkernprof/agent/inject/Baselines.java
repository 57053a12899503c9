package org.jkernprof.agent.inject;

/** Subtraction of a baseline's sums from a later snapshot's, for {@link LineBaseline} and kin. */
final class Baselines {
  private Baselines() {}

  /**
   * {@code now[i] -= base[i]} for every {@code stride}-th index from 0 where both arrays have one:
   * a snapshot's arrays only grow, as methods and slots are registered.
   */
  static void subtract(long[] now, long[] base, int stride) {
    subtract(now, 0, base, 0, Math.min(now.length, base.length), stride);
  }

  /** {@code now[nowFrom + i] -= base[baseFrom + i]} for every {@code stride}-th {@code i < n}. */
  static void subtract(long[] now, int nowFrom, long[] base, int baseFrom, int n, int stride) {
    for (int i = 0; i < n; i += stride) {
      now[nowFrom + i] -= base[baseFrom + i];
    }
  }
}
