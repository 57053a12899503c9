package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/**
 * Lines of one arithmetic step each, whose probes cost far more than they do. With {@code long},
 * it runs for over a second, so that the agent measures its probes' cost at exit; with {@code
 * short}, a few thousand iterations, too few to be worth measuring.
 */
public class CheapLines {
  private static long sink;

  public static void main(String[] args) {
    boolean longRun = args.length > 0 && args[0].equals("long");
    long until = System.nanoTime() + 1_300_000_000L;
    long x = 1;
    do {
      x = steps(x, 10_000);
    } while (longRun && System.nanoTime() < until);
    sink = x;
    System.out.println("done " + (sink & 1));
  }

  @Profile
  static long steps(long x, int iterations) {
    for (int i = 0; i < iterations; i++) {
      x += 0x51;
      x ^= x >>> 7;
      x += 0x3b;
      x ^= x << 3;
    }
    return x;
  }
}
