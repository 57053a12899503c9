package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/** Works in rounds until the JVM is killed, saying "ready" after the first round. */
public class LoopsUntilKilled {
  @Profile
  static long round(int n) {
    long acc = 0;
    for (int i = 0; i < n; i++) {
      acc += i % 7;
    }
    return acc;
  }

  public static void main(String[] args) throws InterruptedException {
    long total = round(1000);
    System.out.println("ready " + total);
    System.out.flush();
    while (true) {
      total += round(1000);
      Thread.sleep(2);
    }
  }
}
