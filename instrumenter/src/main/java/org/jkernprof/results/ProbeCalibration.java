package org.jkernprof.results;

import java.util.Locale;

/**
 * What the profiler's own probes cost in one run, measured in the profiled JVM at the end of the
 * run through the real probe code: the time one clock-reading probe adds to the line it runs in,
 * the time one entry into a profiled frame adds, each with its spread over the measuring rounds,
 * and, for the record, what a probe cost before the JIT compiled the code around it. Immutable.
 */
public final class ProbeCalibration {
  private final double eventNanos;
  private final double eventSpreadNanos;
  private final double entryNanos;
  private final double entrySpreadNanos;
  private final double interpretedEventNanos;

  /**
   * @param eventNanos what one clock-reading probe (a line's start or a frame's end) adds to the
   *     time of the line it runs in
   * @param eventSpreadNanos how far that figure moved over the last measuring rounds
   * @param entryNanos what one entry into a profiled frame adds, beyond its clock-reading probes
   * @param entrySpreadNanos how far that figure moved
   * @param interpretedEventNanos what one clock-reading probe added in code not yet compiled
   */
  public ProbeCalibration(
      double eventNanos,
      double eventSpreadNanos,
      double entryNanos,
      double entrySpreadNanos,
      double interpretedEventNanos) {
    if (!(eventNanos >= 0
        && eventSpreadNanos >= 0
        && entryNanos >= 0
        && entrySpreadNanos >= 0
        && interpretedEventNanos >= 0
        && Double.isFinite(eventNanos + eventSpreadNanos + entryNanos + entrySpreadNanos)
        && Double.isFinite(interpretedEventNanos))) {
      throw new IllegalArgumentException(
          "probe costs must be finite and not negative: " + describe(eventNanos, entryNanos));
    }
    this.eventNanos = eventNanos;
    this.eventSpreadNanos = eventSpreadNanos;
    this.entryNanos = entryNanos;
    this.entrySpreadNanos = entrySpreadNanos;
    this.interpretedEventNanos = interpretedEventNanos;
  }

  public double eventNanos() {
    return eventNanos;
  }

  public double eventSpreadNanos() {
    return eventSpreadNanos;
  }

  public double entryNanos() {
    return entryNanos;
  }

  public double entrySpreadNanos() {
    return entrySpreadNanos;
  }

  public double interpretedEventNanos() {
    return interpretedEventNanos;
  }

  /**
   * The profiler's own time in a line whose time held {@code events} probes and {@code entries}.
   */
  public ProbeTime timeOf(long events, long entries) {
    double cost = events * eventNanos + entries * entryNanos;
    double noise = events * eventSpreadNanos + entries * entrySpreadNanos;
    return new ProbeTime(events, entries, Math.round(cost), Math.round(noise));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProbeCalibration)) {
      return false;
    }
    ProbeCalibration that = (ProbeCalibration) o;
    return Double.compare(eventNanos, that.eventNanos) == 0
        && Double.compare(eventSpreadNanos, that.eventSpreadNanos) == 0
        && Double.compare(entryNanos, that.entryNanos) == 0
        && Double.compare(entrySpreadNanos, that.entrySpreadNanos) == 0
        && Double.compare(interpretedEventNanos, that.interpretedEventNanos) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(eventNanos) * 31 + Double.hashCode(entryNanos);
  }

  @Override
  public String toString() {
    return describe(eventNanos, entryNanos)
        + String.format(
            Locale.ROOT,
            " (spread %.1f / %.1f ns; interpreted %.1f ns)",
            eventSpreadNanos,
            entrySpreadNanos,
            interpretedEventNanos);
  }

  private static String describe(double event, double entry) {
    return String.format(Locale.ROOT, "%.1f ns per probe, %.1f ns per frame entry", event, entry);
  }
}
