package org.jkernprof.results;

/**
 * The profiler's own work inside a line's (or a method's) measured time: how many clock-reading
 * probes and frame entries ran in it, exact, and what they are estimated to have cost, with the
 * uncertainty of that estimate, from the run's {@link ProbeCalibration}. Immutable.
 */
public final class ProbeTime {
  /** No probe work known: results of a run that measured none, or of an older file. */
  public static final ProbeTime NONE = new ProbeTime(0, 0, 0, 0);

  private final long events;
  private final long entries;
  private final long nanos;
  private final long noiseNanos;

  /**
   * @param events clock-reading probes that ran inside the time
   * @param entries profiled frames entered inside the time
   * @param nanos what they are estimated to have cost
   * @param noiseNanos how far that estimate may be off
   */
  public ProbeTime(long events, long entries, long nanos, long noiseNanos) {
    if (events < 0 || entries < 0 || nanos < 0 || noiseNanos < 0) {
      throw new IllegalArgumentException(
          "negative probe time: events="
              + events
              + " entries="
              + entries
              + " nanos="
              + nanos
              + " noise="
              + noiseNanos);
    }
    this.events = events;
    this.entries = entries;
    this.nanos = nanos;
    this.noiseNanos = noiseNanos;
  }

  public long events() {
    return events;
  }

  public long entries() {
    return entries;
  }

  /** The probes' estimated cost in nanoseconds. */
  public long nanos() {
    return nanos;
  }

  /** How far {@link #nanos()} may be off, in nanoseconds. */
  public long noiseNanos() {
    return noiseNanos;
  }

  /** Both summed, as when the same line ran in several JVMs, each with its own calibration. */
  public ProbeTime plus(ProbeTime other) {
    if (other == NONE) {
      return this;
    }
    if (this == NONE) {
      return other;
    }
    return new ProbeTime(
        events + other.events,
        entries + other.entries,
        nanos + other.nanos,
        noiseNanos + other.noiseNanos);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProbeTime)) {
      return false;
    }
    ProbeTime that = (ProbeTime) o;
    return events == that.events
        && entries == that.entries
        && nanos == that.nanos
        && noiseNanos == that.noiseNanos;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(events * 31 + entries * 17 + nanos * 7 + noiseNanos);
  }

  @Override
  public String toString() {
    return events + " probes, " + entries + " entries, ~" + nanos + " ns (±" + noiseNanos + ")";
  }
}
