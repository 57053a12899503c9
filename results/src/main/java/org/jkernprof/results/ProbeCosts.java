package org.jkernprof.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The probe costs measured in the runs that some function-level results come from: one {@link
 * CallProbeCost} per run that measured it, and how many runs did not (files older than the
 * measurement, or runs that recorded nothing). Immutable.
 */
public final class ProbeCosts {
  private final List<CallProbeCost> measured;
  private final int unmeasuredRuns;

  private ProbeCosts(List<CallProbeCost> measured, int unmeasuredRuns) {
    this.measured = Collections.unmodifiableList(new ArrayList<>(measured));
    this.unmeasuredRuns = unmeasuredRuns;
  }

  /** One run that measured {@code cost}. */
  public static ProbeCosts of(CallProbeCost cost) {
    return new ProbeCosts(List.of(cost), 0);
  }

  /** One run without a measurement. */
  public static ProbeCosts unmeasured() {
    return new ProbeCosts(List.of(), 1);
  }

  ProbeCosts plus(ProbeCosts other) {
    List<CallProbeCost> all = new ArrayList<>(measured);
    all.addAll(other.measured);
    return new ProbeCosts(all, unmeasuredRuns + other.unmeasuredRuns);
  }

  /** The costs measured, one per run that measured it, in the order the runs were merged. */
  public List<CallProbeCost> measured() {
    return measured;
  }

  /** How many runs measured no cost, whose times stay as measured. */
  public int unmeasuredRuns() {
    return unmeasuredRuns;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProbeCosts)) {
      return false;
    }
    ProbeCosts that = (ProbeCosts) o;
    return measured.equals(that.measured) && unmeasuredRuns == that.unmeasuredRuns;
  }

  @Override
  public int hashCode() {
    return Objects.hash(measured, unmeasuredRuns);
  }

  @Override
  public String toString() {
    return measured + " + " + unmeasuredRuns + " unmeasured";
  }
}
