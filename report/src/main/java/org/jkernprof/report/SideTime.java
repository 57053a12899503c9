package org.jkernprof.report;

import java.util.List;
import java.util.Optional;
import java.util.function.ToLongBiFunction;
import java.util.function.ToLongFunction;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.Sampling;

/**
 * One side of a comparison's time for a line or a method: the mean over its runs, as the reports
 * show times, and the variance of that mean where the runs tell it. With two runs or more, from how
 * their times spread (whatever the timer); with one run of the sampled timer, from its sample count
 * alone (a time of s samples varies by about the square root of s: a lower bound, since runs also
 * differ); with one run of the clock, not at all. Immutable.
 */
final class SideTime {
  /** Student's t at 97.5 % for 1 to 10 degrees of freedom (two-sided 95 %); 1.96 beyond 30. */
  private static final double[] T_975 = {
    Double.NaN, 12.71, 4.30, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23
  };

  private final double mean;
  private final double variance;
  private final double degreesOfFreedom;

  private SideTime(double mean, double variance, double degreesOfFreedom) {
    this.mean = mean;
    this.variance = variance;
    this.degreesOfFreedom = degreesOfFreedom;
  }

  /** A line's time over {@code runs} (empty where a run has no figures for it). */
  static SideTime ofLine(
      List<Optional<LineStats>> runs, List<LineResults> results, List<ShownTime> shown) {
    return ofRuns(runs, results, shown, (s, line) -> s.of(line));
  }

  /** A method's total time over {@code runs} (empty where a run did not have it). */
  static SideTime ofMethod(
      List<Optional<MethodProfile>> runs, List<LineResults> results, List<ShownTime> shown) {
    return ofRuns(runs, results, shown, (s, method) -> s.of(method));
  }

  private static <T> SideTime ofRuns(
      List<Optional<T>> runs,
      List<LineResults> results,
      List<ShownTime> shown,
      ToLongBiFunction<ShownTime, T> time) {
    double[] times = new double[runs.size()];
    double[] periods = new double[runs.size()];
    for (int i = 0; i < runs.size(); i++) {
      ShownTime s = shown.get(i);
      times[i] = runs.get(i).map(t -> time.applyAsLong(s, t)).orElse(0L);
      periods[i] = period(results.get(i).isSampled(), results.get(i).samplings());
    }
    return of(times, periods);
  }

  /** A function's time, as {@code time} reads it, over {@code runs}. */
  static SideTime ofFunction(
      List<Optional<FunctionStats>> runs,
      List<FunctionResults> results,
      ToLongFunction<FunctionStats> time) {
    double[] times = new double[runs.size()];
    double[] periods = new double[runs.size()];
    for (int i = 0; i < runs.size(); i++) {
      times[i] = runs.get(i).map(time::applyAsLong).orElse(0L);
      periods[i] = period(results.get(i).isSampled(), results.get(i).samplings());
    }
    return of(times, periods);
  }

  /**
   * The mean of {@code times}, and its variance: from their spread with two runs or more; with one
   * sampled run (its {@code periods} entry a number, not NaN) from its sample count, about {@code
   * time / period}, whose variance is that count (a time with no sample could have had one).
   */
  private static SideTime of(double[] times, double[] periods) {
    int n = times.length;
    double sum = 0;
    for (double t : times) {
      sum += t;
    }
    double mean = sum / n;
    if (n >= 2) {
      double squares = 0;
      for (double t : times) {
        squares += (t - mean) * (t - mean);
      }
      return new SideTime(mean, squares / (n - 1) / n, n - 1);
    }
    double period = periods[0];
    if (Double.isNaN(period)) {
      return new SideTime(mean, Double.NaN, 0);
    }
    double samples = Math.max(Math.rint(times[0] / period), 1);
    return new SideTime(mean, samples * period * period, Double.POSITIVE_INFINITY);
  }

  /** The interval a sample of a run stands for, in nanoseconds; NaN for a run of the clock. */
  private static double period(boolean sampled, List<Sampling> samplings) {
    if (!sampled) {
      return Double.NaN;
    }
    return samplings.isEmpty() ? 1e6 : samplings.get(0).intervalNanos();
  }

  /** The time per run, in nanoseconds. */
  double mean() {
    return mean;
  }

  /** Whether the runs tell how much the mean varies. */
  boolean spreadKnown() {
    return !Double.isNaN(variance);
  }

  /**
   * Whether the change from {@code before} to {@code after} is within their noise: a difference a
   * two-sided 95 % test (Welch's, with Student's t for few runs) does not tell from none. False
   * when the spread is unknown.
   */
  static boolean withinNoise(SideTime before, SideTime after) {
    if (!before.spreadKnown() || !after.spreadKnown()) {
      return false;
    }
    double variance = before.variance + after.variance;
    if (variance == 0) {
      return before.mean == after.mean;
    }
    double freedom = variance * variance / (part(before) + part(after)); // Welch–Satterthwaite
    return Math.abs(after.mean - before.mean) <= t975(freedom) * Math.sqrt(variance);
  }

  private static double part(SideTime side) {
    return Double.isInfinite(side.degreesOfFreedom)
        ? 0
        : side.variance * side.variance / side.degreesOfFreedom;
  }

  /** Student's t at 97.5 %, rounded down to a tabled number of degrees of freedom: cautious. */
  static double t975(double degreesOfFreedom) {
    if (degreesOfFreedom >= 30) {
      return 1.96;
    }
    if (degreesOfFreedom > 10) {
      return degreesOfFreedom >= 20 ? 2.09 : degreesOfFreedom >= 15 ? 2.13 : 2.23;
    }
    return T_975[Math.max(1, (int) Math.floor(degreesOfFreedom))];
  }
}
