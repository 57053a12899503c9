package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/**
 * A program whose two runs differ in a known way, for {@code jkernprof diff}: its arguments are how
 * often the loop runs, how many bytes one line allocates and, optionally, how many milliseconds one
 * line sleeps. Nothing else depends on them.
 */
public class ChangedWorkload {
  @Profile
  static long work(int rounds, int size, int pauseMillis) throws InterruptedException {
    long sum = 0; // same in both runs
    for (int i = 0; i < rounds; i++) { // line:loop
      sum += step(i); // line:body
    }
    byte[] block = new byte[size]; // line:block
    Thread.sleep(pauseMillis); // line:pause
    return sum + block.length; // same in both runs
  }

  /** Called once a round: function-level runs count its calls. */
  static int step(int i) {
    return i % 7;
  }

  public static void main(String[] args) throws InterruptedException {
    int pauseMillis = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    System.out.println(work(Integer.parseInt(args[0]), Integer.parseInt(args[1]), pauseMillis));
  }
}
