package org.jkernprof.e2e.targets;

import org.jkernprof.JKernprof;
import org.jkernprof.Profile;

/**
 * Sleeps 300 ms in a profiled method while recording is off and 300 ms while it is on: only the
 * second call counts, its hits and its time.
 */
public class SleepsWhileDisabled {
  @Profile
  static void sleepFor(long millis) {
    try {
      Thread.sleep(millis); // hits(1) line:sleep
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // hits(0)
    }
  }

  public static void main(String[] args) {
    JKernprof.disable();
    sleepFor(300);
    JKernprof.enable();
    sleepFor(300);
    System.out.println("slept while disabled and while enabled");
  }
}
