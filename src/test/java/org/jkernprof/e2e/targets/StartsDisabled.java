package org.jkernprof.e2e.targets;

import org.jkernprof.JKernprof;
import org.jkernprof.Profile;

/** Run with the agent option start=disabled: only the call after JKernprof.enable() counts. */
public class StartsDisabled {
  @Profile
  static int work(int n) {
    int acc = 0; // hits(1)
    for (int i = 0; i < n; i++) { // hits(4)
      acc += i; // hits(3)
    }
    return acc; // hits(1)
  }

  public static void main(String[] args) {
    boolean atStart = JKernprof.isEnabled();
    work(100);
    JKernprof.enable();
    work(3);
    System.out.println("enabled at start=" + atStart + ", then " + JKernprof.isEnabled());
  }
}
