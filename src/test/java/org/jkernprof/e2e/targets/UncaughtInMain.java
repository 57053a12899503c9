package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/** An exception thrown in profiled frames that nobody catches: exit code 1 and a stack trace. */
public class UncaughtInMain {
  @Profile
  static void explode(int depth) {
    if (depth == 0) { // hits(3)
      throw new IllegalStateException("uncaught on purpose"); // hits(1)
    }
    explode(depth - 1); // hits(2)
    System.out.println("not reached"); // hits(0)
  }

  public static void main(String[] args) {
    System.out.println("start");
    explode(2);
  }
}
