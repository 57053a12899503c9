package org.jkernprof.bench;

import java.util.Locale;
import org.jkernprof.JKernprof;
import org.jkernprof.Profile;

/**
 * Whether a line event costs every line the same: eleven lines of {@link KnownCosts#spin}, from 0
 * to 32 steps (about 1 to 44 ns). Run with {@link KnownCosts#JVM_OPTIONS}, once without the agent
 * ({@code truth}: each line's code timed, median of rounds) and once under it with {@code
 * start=disabled} ({@code profile}); the report's ns/hit of each line less its truth is what that
 * line is charged for the probes.
 */
public final class ProbeOverlap {
  private static final int[] STEPS = {0, 1, 2, 3, 4, 6, 9, 12, 16, 24, 32};
  private static final int WARM_UP_CALLS = 100_000;
  private static final int CALLS = 1_000_000;

  private ProbeOverlap() {}

  @Profile
  static long lines(long x) {
    x = KnownCosts.spin(x, 0);
    x = KnownCosts.spin(x, 1);
    x = KnownCosts.spin(x, 2);
    x = KnownCosts.spin(x, 3);
    x = KnownCosts.spin(x, 4);
    x = KnownCosts.spin(x, 6);
    x = KnownCosts.spin(x, 9);
    x = KnownCosts.spin(x, 12);
    x = KnownCosts.spin(x, 16);
    x = KnownCosts.spin(x, 24);
    return KnownCosts.spin(x, 32);
  }

  public static void main(String[] args) {
    long x = repeatLines(WARM_UP_CALLS);
    if (args.length == 1 && args[0].equals("truth")) {
      for (int steps : STEPS) {
        TimedRounds rounds = new TimedRounds(n -> repeatSpin(n, steps), 5_000_000);
        for (int r = -3; r < 7; r++) {
          rounds.run(r >= 0);
        }
        x += rounds.sink();
        System.out.printf(Locale.ROOT, "%d steps: %.2f ns%n", steps, rounds.median());
      }
    } else {
      JKernprof.enable();
      x += repeatLines(CALLS);
    }
    System.out.println("done (" + (x & 1) + ")");
  }

  private static long repeatLines(int calls) {
    long x = 1;
    for (int i = 0; i < calls; i++) {
      x = lines(x);
    }
    return x;
  }

  private static long repeatSpin(int calls, int steps) {
    long x = 1;
    for (int i = 0; i < calls; i++) {
      x = KnownCosts.spin(x, steps);
    }
    return x;
  }
}
