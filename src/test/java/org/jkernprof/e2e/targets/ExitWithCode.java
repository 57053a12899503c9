package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/** Ends the JVM with System.exit(3) from inside a profiled method. */
public class ExitWithCode {
  @Profile
  static void countThenExit(int n) {
    int acc = 0; // hits(1)
    for (int i = 0; i < n; i++) { // hits(6)
      acc += i; // hits(5)
    }
    System.out.println("exiting after " + acc); // hits(1)
    System.exit(3); // hits(1)
    System.out.println("not reached"); // hits(0)
  }

  public static void main(String[] args) {
    countThenExit(5);
  }
}
