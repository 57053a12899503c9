package org.jkernprof.e2e.targets;

import java.io.IOException;
import org.jkernprof.Profile;

/**
 * A line that sleeps 20 ms, one whose sleeping callee then throws out of the frame, and one whose
 * lambda sleeps 20 ms on the same line (its time is part of the line's time only once).
 */
public class Timing {
  @Profile
  static int sleepOnce() throws InterruptedException {
    int before = 1; // hits(1)
    Thread.sleep(20); // hits(1) line:sleepOnce
    return before + 1; // hits(1)
  }

  /** The frame ends by a throw on the sleeping line: that line's time must still be kept. */
  @Profile
  static void sleepThenThrow() throws IOException, InterruptedException {
    sleepAndFail(20); // hits(1) line:sleepAndFail
    System.out.println("never printed"); // hits(0)
  }

  @Profile
  static void sleepInLambda() {
    runNow(() -> sleepQuietly(20)); // hits(2) line:sleepInLambda
  }

  static void runNow(Runnable r) {
    r.run();
  }

  static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void sleepAndFail(long millis) throws IOException, InterruptedException {
    Thread.sleep(millis);
    throw new IOException("failed after sleeping " + millis + " ms");
  }

  public static void main(String[] args) throws InterruptedException {
    System.out.println("slept " + sleepOnce());
    try {
      sleepThenThrow();
    } catch (IOException e) {
      System.out.println("caught " + e.getMessage());
    }
    // The first lambda of a JVM sets up the lambda machinery, which takes a while: not on the line
    // under test.
    runNow(() -> System.out.println("lambdas ready"));
    sleepInLambda();
  }
}
