package org.jkernprof.results;

import java.util.Objects;

/**
 * For one method, or one caller-callee pair, the profiled calls its frames made and the share of
 * its times the probes cost. The calls are counted in the profiled JVM: child calls are those its
 * frames made themselves (their probes' outside cost lands in its own time), nested calls those
 * made anywhere inside the frames its cumulative time counts (their whole cost lands in it). The
 * share is figured from them and the run's {@link CallProbeCost} when results are read, per run, so
 * merged results subtract each run's own cost. Immutable.
 */
public final class ProbeShare {
  /** No calls known and nothing charged: results of files that predate the counts. */
  public static final ProbeShare NONE = new ProbeShare(0, 0, 0, 0);

  private final long childCalls;
  private final long nestedCalls;
  private final long ownNanos;
  private final long cumulativeNanos;

  private ProbeShare(long childCalls, long nestedCalls, long ownNanos, long cumulativeNanos) {
    if (childCalls < 0 || nestedCalls < 0 || ownNanos < 0 || cumulativeNanos < 0) {
      throw new IllegalArgumentException("negative call nesting");
    }
    this.childCalls = childCalls;
    this.nestedCalls = nestedCalls;
    this.ownNanos = ownNanos;
    this.cumulativeNanos = cumulativeNanos;
  }

  /** The counted calls, nothing charged yet. */
  public static ProbeShare counted(long childCalls, long nestedCalls) {
    return new ProbeShare(childCalls, nestedCalls, 0, 0);
  }

  /** These calls with the probes' share of own and cumulative time. */
  ProbeShare charged(long own, long cumulative) {
    return new ProbeShare(childCalls, nestedCalls, own, cumulative);
  }

  /** These calls with nothing charged: once the share has been taken out of the times. */
  ProbeShare uncharged() {
    return charged(0, 0);
  }

  ProbeShare plus(ProbeShare other) {
    return new ProbeShare(
        childCalls + other.childCalls,
        nestedCalls + other.nestedCalls,
        ownNanos + other.ownNanos,
        cumulativeNanos + other.cumulativeNanos);
  }

  /** Profiled calls the frames made themselves. */
  public long childCalls() {
    return childCalls;
  }

  /** Profiled calls made anywhere inside the frames the cumulative time counts. */
  public long nestedCalls() {
    return nestedCalls;
  }

  /** The probes' share of the own time; never more than it. */
  public long ownNanos() {
    return ownNanos;
  }

  /** The probes' share of the cumulative time; never more than it. */
  public long cumulativeNanos() {
    return cumulativeNanos;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProbeShare)) {
      return false;
    }
    ProbeShare that = (ProbeShare) o;
    return childCalls == that.childCalls
        && nestedCalls == that.nestedCalls
        && ownNanos == that.ownNanos
        && cumulativeNanos == that.cumulativeNanos;
  }

  @Override
  public int hashCode() {
    return Objects.hash(childCalls, nestedCalls, ownNanos, cumulativeNanos);
  }

  @Override
  public String toString() {
    return childCalls
        + " child calls, "
        + nestedCalls
        + " nested, probes "
        + ownNanos
        + "/"
        + cumulativeNanos
        + " ns";
  }
}
