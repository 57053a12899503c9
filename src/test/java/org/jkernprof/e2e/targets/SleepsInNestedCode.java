package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/**
 * Nested code that runs after its enclosing method has returned: a lambda and an anonymous class
 * made by a profiled method and run later by unprofiled code, each sleeping 300 ms on a line of
 * its own.
 */
public class SleepsInNestedCode {
  @Profile
  static Runnable makeSleepers() {
    Runnable lambda =
        () -> {
          sleepQuietly(300); // hits(1) line:lambdaSleep
        };
    Runnable anonymous =
        new Runnable() {
          @Override
          public void run() {
            sleepQuietly(300); // hits(1) line:anonymousSleep
          }
        };
    return () -> { // hits(1)
      lambda.run(); // hits(1)
      anonymous.run(); // hits(1)
    };
  }

  static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static void main(String[] args) {
    Runnable sleepers = makeSleepers();
    sleepers.run();
    System.out.println("slept twice");
  }
}
