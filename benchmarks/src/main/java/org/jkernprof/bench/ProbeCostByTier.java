package org.jkernprof.bench;

import java.util.Locale;
import org.jkernprof.JKernprof;
import org.jkernprof.Profile;

/**
 * What a line event costs in the tier the JVM runs a method in: a profiled method of {@link
 * #LINE_EVENTS} trivial lines beside an unprofiled copy, timed in alternating rounds after a
 * warm-up. Run it under the agent with {@code start=disabled} (the warm-up is not recorded) and the
 * JIT options of one tier ({@code -Xint}, {@code -XX:TieredStopAtLevel=1}, {@code =3}, or none for
 * C2), then view its results with {@code -u 1e-9}: the report's ns/hit of a trivial line is what a
 * line event is charged, and this program prints what it adds to the wall time.
 */
public final class ProbeCostByTier {
  /**
   * The line events of one call of {@link #profiled}: its 16 lines (the frame's end not counted).
   */
  static final int LINE_EVENTS = 16;

  private static final long ROUND_NANOS = 50_000_000;
  private static final int WARM_ROUNDS = 5;
  private static final int ROUNDS = 9;

  private ProbeCostByTier() {}

  @Profile
  static long profiled(long x) {
    x += 0x51;
    x ^= x >>> 7;
    x += 0x52;
    x ^= x >>> 7;
    x += 0x53;
    x ^= x >>> 7;
    x += 0x54;
    x ^= x >>> 7;
    x += 0x55;
    x ^= x >>> 7;
    x += 0x56;
    x ^= x >>> 7;
    x += 0x57;
    x ^= x >>> 7;
    x += 0x58;
    return x;
  }

  static long plain(long x) {
    x += 0x51;
    x ^= x >>> 7;
    x += 0x52;
    x ^= x >>> 7;
    x += 0x53;
    x ^= x >>> 7;
    x += 0x54;
    x ^= x >>> 7;
    x += 0x55;
    x ^= x >>> 7;
    x += 0x56;
    x ^= x >>> 7;
    x += 0x57;
    x ^= x >>> 7;
    x += 0x58;
    return x;
  }

  public static void main(String[] args) {
    TimedRounds profiledRounds = new TimedRounds(ProbeCostByTier::repeatProfiled, ROUND_NANOS);
    TimedRounds plainRounds = new TimedRounds(ProbeCostByTier::repeatPlain, ROUND_NANOS);
    for (int r = 0; r < WARM_ROUNDS; r++) {
      profiledRounds.run(false);
      plainRounds.run(false);
    }
    JKernprof.enable();
    for (int r = 0; r < ROUNDS; r++) {
      profiledRounds.run(true);
      plainRounds.run(true);
    }
    double profiled = profiledRounds.median();
    double plain = plainRounds.median();
    System.out.printf(
        Locale.ROOT,
        "per call: profiled %.1f ns, plain %.1f ns; added per line event %.1f ns (%d)%n",
        profiled,
        plain,
        (profiled - plain) / LINE_EVENTS,
        (profiledRounds.sink() + plainRounds.sink()) & 1);
  }

  private static long repeatProfiled(int calls) {
    long x = 1;
    for (int i = 0; i < calls; i++) {
      x = profiled(x);
    }
    return x;
  }

  private static long repeatPlain(int calls) {
    long x = 1;
    for (int i = 0; i < calls; i++) {
      x = plain(x);
    }
    return x;
  }
}
