package org.jkernprof.e2e.targets;

/**
 * Works a given number of {@link LoopsUntilKilled#round} calls, says "paused" with how many it
 * made, then waits until the JVM is killed.
 */
public class PausesAfterRounds {
  public static void main(String[] args) throws InterruptedException {
    int rounds = Integer.parseInt(args[0]);
    long total = 0;
    for (int r = 0; r < rounds; r++) {
      total += LoopsUntilKilled.round(1000);
      if (r % 50 == 0) {
        Thread.sleep(1);
      }
    }
    System.out.println("paused after " + rounds + " rounds, total " + total);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
