package org.jkernprof.bench;

import org.jkernprof.Profile;

/**
 * The same small loop twice, once profiled. Each call of either makes {@link #LINE_EVENTS} line
 * events: the {@code for} line 101 times (start, then after each of the 100 iterations), the body
 * 100 times and the {@code return} once.
 */
final class Lines {
  static final int LINE_EVENTS = 101 + 100 + 1;

  private Lines() {}

  static int plain(int x) {
    for (int i = 0; i < 100; i++) {
      x = x * 31 + i;
    }
    return x;
  }

  @Profile
  static int profiled(int x) {
    for (int i = 0; i < 100; i++) {
      x = x * 31 + i;
    }
    return x;
  }
}
