package org.jkernprof.bench.power;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.jkernprof.Profile;

/**
 * The target of the {@code power} benchmark: one profiled method of six lines, each a chain of
 * dependent arithmetic steps ({@link #work}) of its own length, from about 0.3 to 2 µs per hit; the
 * line that calls {@link #work} with {@link #tunedSteps} takes {@link #TUNED_BASE_STEPS} times the
 * factor given on the command line. The factor scales the work inside that line, never how often a
 * line runs: every line's hits are {@link #CALLS} whatever the factor. {@link #JVM_OPTIONS} keep
 * {@code work} out of line, so that each line's cost is its own call of it.
 *
 * <p>Usage: {@code TunedLines FACTOR}; prints a checksum, so that nothing is dead code. The
 * benchmark finds the tuned line by its text: keep {@link #TUNED_LINE_MARK} on that line only.
 */
public final class TunedLines {
  /** The options every run needs: {@code work} is never inlined, and the JVM does not say so. */
  public static final List<String> JVM_OPTIONS =
      List.of(
          "-XX:CompileCommand=quiet",
          "-XX:CompileCommand=dontinline," + TunedLines.class.getName() + "::work");

  /** Calls of {@link #lines}: about 2.6 s of work at factor 1 (1.7 ns a step on an AMD EPYC). */
  public static final int CALLS = 350_000;

  /** The steps of the tuned line at factor 1. */
  public static final int TUNED_BASE_STEPS = 800;

  /** Text that only the tuned line of {@link #lines} has. */
  public static final String TUNED_LINE_MARK = "tunedSteps";

  /** The tuned line's steps: {@link #TUNED_BASE_STEPS} times the factor, set once by main. */
  private static int tunedSteps = TUNED_BASE_STEPS;

  private TunedLines() {}

  /** Six lines of fixed work per hit; the fourth one's is {@link #tunedSteps}. */
  @Profile
  static long lines(long x) {
    x = work(x, 200);
    x = work(x, 400);
    x = work(x, 600);
    x = work(x, tunedSteps);
    x = work(x, 1000);
    return work(x, 1400);
  }

  /**
   * {@code steps} rounds of a linear congruential step and a shift-xor, each depending on the last:
   * their latency, not their count, is the cost.
   */
  static long work(long x, int steps) {
    for (int i = 0; i < steps; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      x ^= x >>> 33;
    }
    return x;
  }

  public static void main(String[] args) {
    if (!ManagementFactory.getRuntimeMXBean().getInputArguments().containsAll(JVM_OPTIONS)) {
      fail("run it with the JVM options " + String.join(" ", JVM_OPTIONS));
    }
    if (args.length != 1) {
      fail("usage: TunedLines FACTOR");
    }
    double factor = Double.parseDouble(args[0]);
    if (!(factor > 0)) {
      fail("the factor must be positive: " + args[0]);
    }
    tunedSteps = (int) Math.round(TUNED_BASE_STEPS * factor);
    long x = 1;
    for (int i = 0; i < CALLS; i++) {
      x = lines(x);
    }
    System.out.println("checksum " + (x & 0xffff));
  }

  private static void fail(String message) {
    System.err.println("TunedLines: " + message);
    System.exit(2);
  }
}
