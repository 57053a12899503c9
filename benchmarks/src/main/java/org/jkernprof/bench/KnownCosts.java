package org.jkernprof.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jkernprof.JKernprof;
import org.jkernprof.Profile;

/**
 * A profiled method whose lines have known costs, from under 2 ns to about 200 ns per hit: each
 * line calls {@link #spin} with its own number of steps, and {@link #JVM_OPTIONS} keep {@code spin}
 * out of line, so that a line's code is the same whether the method is profiled or not. Two modes,
 * run with the same JVM options:
 *
 * <ul>
 *   <li>{@code truth}, without the agent: times {@code spin} with each line's steps and the whole
 *       method, in rounds after warm-up, and prints the median rounds: {@code line K: STEPS steps,
 *       NS ns} per line, then {@code method: NS ns}.
 *   <li>{@code profile CALLS}, under the agent: calls the method {@link #WARM_UP_CALLS} times, so
 *       that the JIT compiles it with its probes, then {@link JKernprof#enable() enables} recording
 *       and calls it {@code CALLS} times more, in {@link #ROUNDS} rounds. Run it with {@code
 *       --start-disabled} ({@code start=disabled}), and every line's hits are exactly {@code
 *       CALLS}, its time that of compiled code; without, the warm-up is recorded too. After each
 *       round it times the costliest line's code unprofiled (its {@code spin}, which the agent
 *       leaves alone) as a reference: if that differs from the line's truth, the machine was busier
 *       during one run than during the other.
 * </ul>
 */
public final class KnownCosts {
  /** The options both runs need: {@code spin} is never inlined, and the JVM does not say so. */
  public static final List<String> JVM_OPTIONS =
      List.of(
          "-XX:CompileCommand=quiet",
          "-XX:CompileCommand=dontinline," + KnownCosts.class.getName() + "::spin");

  /**
   * Calls before the measured ones. C2 is asked to compile {@link #lines} after 2,500 to 6,500
   * calls, and its code runs from call 29,000 to 39,000 on (docs/probe-cost.md).
   */
  public static final int WARM_UP_CALLS = 100_000;

  private static final int WARM_ROUNDS = 3;
  private static final int ROUNDS = 7;
  private static final long ROUND_NANOS = 5_000_000;

  /** The steps of {@link #spin} each line of {@link #lines} makes, in line order. */
  private static final int[] STEPS = {0, 2, 4, 9, 38, 152};

  private static long sink;

  private KnownCosts() {}

  /** The lines of known cost: line K runs {@code spin} with {@code STEPS[K]}. */
  @Profile
  static long lines(long x) {
    x = spin(x, 0);
    x = spin(x, 2);
    x = spin(x, 4);
    x = spin(x, 9);
    x = spin(x, 38);
    return spin(x, 152);
  }

  /**
   * {@code steps} dependent multiply-and-xor steps: their latency, not their count, is the cost.
   */
  static long spin(long x, int steps) {
    for (int i = 0; i < steps; i++) {
      x = (x ^ (x >>> 29)) * 0x9E3779B97F4A7C15L;
    }
    return x;
  }

  public static void main(String[] args) {
    if (!ManagementFactory.getRuntimeMXBean().getInputArguments().containsAll(JVM_OPTIONS)) {
      fail("run it with the JVM options " + String.join(" ", JVM_OPTIONS));
    }
    if (args.length == 1 && args[0].equals("truth")) {
      truth();
    } else if (args.length == 2 && args[0].equals("profile")) {
      profile(Integer.parseInt(args[1]));
    } else {
      fail("usage: KnownCosts truth | KnownCosts profile CALLS");
    }
  }

  private static void fail(String message) {
    System.err.println("KnownCosts: " + message);
    System.exit(2);
  }

  private static void profile(int calls) {
    long x = warmUp();
    JKernprof.enable();
    TimedRounds reference =
        new TimedRounds(n -> repeatSpin(n, STEPS[STEPS.length - 1]), ROUND_NANOS);
    for (int r = 0; r < WARM_ROUNDS; r++) {
      reference.run(false);
    }
    double[] perCall = new double[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      int n = calls / ROUNDS + (r < calls % ROUNDS ? 1 : 0);
      long start = System.nanoTime();
      for (int i = 0; i < n; i++) {
        x = lines(x);
      }
      perCall[r] = (System.nanoTime() - start) / (double) n;
      reference.run(true);
    }
    System.out.printf(
        Locale.ROOT,
        "calls: %d + %d, after the warm-up %.1f ns per call in the fastest round, %.1f on average;"
            + " reference: %.2f ns (%d)%n",
        WARM_UP_CALLS,
        calls,
        Arrays.stream(perCall).min().orElseThrow(),
        Arrays.stream(perCall).average().orElseThrow(),
        reference.median(),
        (x + reference.sink()) & 1);
  }

  /**
   * Times each line's code, then the whole method, in rounds: each round times every one of them
   * once, so that other work on the machine slows them all alike, and the median round is kept.
   */
  private static void truth() {
    sink += warmUp();
    List<TimedRounds> all = new ArrayList<>();
    for (int steps : STEPS) {
      all.add(new TimedRounds(n -> repeatSpin(n, steps), ROUND_NANOS));
    }
    all.add(new TimedRounds(KnownCosts::repeatLines, ROUND_NANOS));
    for (int r = -WARM_ROUNDS; r < ROUNDS; r++) {
      for (TimedRounds rounds : all) {
        rounds.run(r >= 0);
        sink += rounds.sink();
      }
    }
    for (int k = 0; k < STEPS.length; k++) {
      System.out.printf(
          Locale.ROOT, "line %d: %d steps, %.2f ns%n", k, STEPS[k], all.get(k).median());
    }
    System.out.printf(
        Locale.ROOT, "method: %.2f ns (%d)%n", all.get(STEPS.length).median(), sink & 1);
  }

  /** The same calls in both modes before anything is measured, so the JIT sees the same profile. */
  private static long warmUp() {
    return repeatLines(WARM_UP_CALLS);
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
      x = spin(x, steps);
    }
    return x;
  }
}
