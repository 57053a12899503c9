package org.jkernprof.results;

import java.util.Locale;

/**
 * What one profiled call's probes add to the times a function-level run records, as the agent
 * measured it in that run's JVM (Python's {@code profile.Profile} bias, measured every run).
 * Immutable.
 *
 * <p>The probes read the clock once when a frame starts and once when it ends. What they do between
 * the two reads (the end of the entry probe, the start of the exit probe) lands in the called
 * method's own time: {@link #insideNanos}. What they do before the first read and after the second
 * lands in the caller's own time: {@link #outsideNanos}. Every ancestor's cumulative time holds
 * both.
 */
public final class CallProbeCost {
  private final double insideNanos;
  private final double outsideNanos;
  private final double spreadNanos;

  /**
   * @param insideNanos per call, the probes' time between the call's two clock reads
   * @param outsideNanos per call, the probes' time outside them, charged to the caller
   * @param spreadNanos how far the per-call figure strayed from its median while it was measured
   */
  public CallProbeCost(double insideNanos, double outsideNanos, double spreadNanos) {
    if (!valid(insideNanos) || !valid(outsideNanos) || !valid(spreadNanos)) {
      throw new IllegalArgumentException(
          "a probe cost must be a finite number of nanoseconds, not negative: "
              + insideNanos
              + ", "
              + outsideNanos
              + ", "
              + spreadNanos);
    }
    this.insideNanos = insideNanos;
    this.outsideNanos = outsideNanos;
    this.spreadNanos = spreadNanos;
  }

  private static boolean valid(double nanos) {
    return nanos >= 0 && !Double.isInfinite(nanos);
  }

  /** Per call, the probes' time that lands in the called method's own time. */
  public double insideNanos() {
    return insideNanos;
  }

  /** Per call, the probes' time that lands in the caller's own time. */
  public double outsideNanos() {
    return outsideNanos;
  }

  /** Per call, all the probes' time: what each call adds to its ancestors' cumulative time. */
  public double perCallNanos() {
    return insideNanos + outsideNanos;
  }

  /** How far the per-call figure strayed from its median while it was measured. */
  public double spreadNanos() {
    return spreadNanos;
  }

  /**
   * The share of a method's (or a caller-callee pair's) times that its probes cost.
   *
   * @param calls the calls, each of which costs {@link #insideNanos} of its own time
   * @param primitiveCalls the outermost calls, whose time is the cumulative time
   * @param nesting the profiled calls made by those calls, and inside the outermost ones
   * @param totalNanos the own time measured, which the share never exceeds
   * @param cumulativeNanos the cumulative time measured, likewise
   */
  ProbeShare shareOf(
      long calls, long primitiveCalls, ProbeShare nesting, long totalNanos, long cumulativeNanos) {
    double own = insideNanos * calls + outsideNanos * nesting.childCalls();
    double cumulative = insideNanos * primitiveCalls + perCallNanos() * nesting.nestedCalls();
    return nesting.charged(
        Math.min(totalNanos, Math.round(own)), Math.min(cumulativeNanos, Math.round(cumulative)));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CallProbeCost)) {
      return false;
    }
    CallProbeCost that = (CallProbeCost) o;
    return Double.compare(insideNanos, that.insideNanos) == 0
        && Double.compare(outsideNanos, that.outsideNanos) == 0
        && Double.compare(spreadNanos, that.spreadNanos) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(insideNanos) * 31 * 31
        + Double.hashCode(outsideNanos) * 31
        + Double.hashCode(spreadNanos);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%.1f ns per call (%.1f inside, %.1f outside, spread %.1f)",
        perCallNanos(),
        insideNanos,
        outsideNanos,
        spreadNanos);
  }
}
