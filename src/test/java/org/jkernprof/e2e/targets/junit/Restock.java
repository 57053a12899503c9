package org.jkernprof.e2e.targets.junit;

import org.jkernprof.Profile;

/** Code the checks below drive: each check's share of these lines is known exactly. */
public final class Restock {
  private Restock() {}

  @Profile
  public static int restock(int items) {
    int total = 0;
    for (int i = 0; i < items; i++) {
      total += i;
    }
    return total;
  }

  @Profile
  public static int prepare() {
    return 1;
  }
}
