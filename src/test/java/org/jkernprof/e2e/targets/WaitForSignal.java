package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/** Works, says "ready", then sleeps until a signal ends the JVM. */
public class WaitForSignal {
  @Profile
  static void workThenWait() throws InterruptedException {
    long acc = 0; // hits(1)
    for (int i = 0; i < 500; i++) { // hits(501)
      acc += i; // hits(500)
    }
    System.out.println("ready " + acc); // hits(1)
    Thread.sleep(120_000); // hits(1)
    System.out.println("woke up"); // hits(0)
  }

  public static void main(String[] args) throws InterruptedException {
    workThenWait();
  }
}
