package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/**
 * Works a given number of rounds, says "paused" with how many it worked, then waits until the JVM
 * is killed.
 */
public class PausesAfterRounds {
  @Profile
  static long round(int n) {
    long acc = 0;
    for (int i = 0; i < n; i++) {
      acc += i % 7;
    }
    return acc;
  }

  public static void main(String[] args) throws InterruptedException {
    int rounds = Integer.parseInt(args[0]);
    long total = 0;
    for (int r = 0; r < rounds; r++) {
      total += round(1000);
      if (r % 50 == 0) {
        Thread.sleep(1);
      }
    }
    System.out.println("paused after " + rounds + " rounds, total " + total);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
