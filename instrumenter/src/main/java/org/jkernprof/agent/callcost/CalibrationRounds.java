package org.jkernprof.agent.callcost;

import java.util.Arrays;
import org.jkernprof.results.CallProbeCost;

/**
 * The per-call figures of the calibration's rounds, and when they have settled: after {@link
 * #MIN_ROUNDS} (time for the JIT to compile the probes as it does the program's hot code), when the
 * median total of the last {@link #WINDOW} rounds and that of the {@link #WINDOW} before agree
 * within {@link #TOLERANCE} (or {@link #TOLERANCE_NANOS}, for a cost so small that a fraction of it
 * is below the clock's grain). Medians, since a round now and then meets a pause of the machine's.
 * Not thread-safe; one calibration uses it.
 */
final class CalibrationRounds {
  static final int MIN_ROUNDS = 30;
  static final int WINDOW = 5;
  static final double TOLERANCE = 0.03;
  static final double TOLERANCE_NANOS = 1.0;

  private double[] inside = new double[64];
  private double[] outside = new double[64];
  private int rounds;

  /** Adds one round: per call, the probes' time inside and outside the call's clock reads. */
  void add(double insideNanos, double outsideNanos) {
    if (rounds == inside.length) {
      inside = Arrays.copyOf(inside, 2 * rounds);
      outside = Arrays.copyOf(outside, 2 * rounds);
    }
    inside[rounds] = Math.max(0, insideNanos);
    outside[rounds] = Math.max(0, outsideNanos);
    rounds++;
  }

  int rounds() {
    return rounds;
  }

  /** Whether the last two windows of rounds agree, after the first {@link #MIN_ROUNDS}. */
  boolean stable() {
    if (rounds < Math.max(MIN_ROUNDS, 2 * WINDOW)) {
      return false;
    }
    double last = median(totals(rounds - WINDOW, rounds));
    double before = median(totals(rounds - 2 * WINDOW, rounds - WINDOW));
    double allowed = Math.max(TOLERANCE_NANOS, TOLERANCE * Math.max(last, before));
    return Math.abs(last - before) <= allowed && spread(rounds - 2 * WINDOW) <= allowed;
  }

  /** Half the interquartile range of the totals from round {@code from} on. */
  private double spread(int from) {
    double[] totals = totals(from, rounds);
    Arrays.sort(totals);
    return (quantile(totals, 0.75) - quantile(totals, 0.25)) / 2;
  }

  /**
   * The cost from the last two windows of rounds (all, if there were fewer): the median inside and
   * outside figures, and half the interquartile range of the totals as the spread.
   */
  CallProbeCost cost() {
    if (rounds == 0) {
      throw new IllegalStateException("no calibration round ran");
    }
    int from = Math.max(0, rounds - 2 * WINDOW);
    return new CallProbeCost(
        median(Arrays.copyOfRange(inside, from, rounds)),
        median(Arrays.copyOfRange(outside, from, rounds)),
        spread(from));
  }

  private double[] totals(int from, int to) {
    double[] totals = new double[to - from];
    for (int i = from; i < to; i++) {
      totals[i - from] = inside[i] + outside[i];
    }
    return totals;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return quantile(sorted, 0.5);
  }

  /** The {@code q} quantile of sorted values, interpolated between the two nearest. */
  private static double quantile(double[] sorted, double q) {
    double at = q * (sorted.length - 1);
    int below = (int) Math.floor(at);
    int above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
  }
}
