package org.jkernprof.results;

/**
 * The calls from one method to another, as pstats' callers and callees tables show them: how often,
 * how many of those were not recursive, and the callee's own and cumulative time in them. Methods
 * are indices into {@link FunctionResults#functions()}; a caller of {@link #UNPROFILED} stands for
 * code that is not profiled (the JVM's launcher, a JDK thread pool). Times are as measured; {@link
 * #probes()} holds the calls the callee made in these calls and the probes' share of its times.
 * Immutable.
 */
public final class CallEdge {
  /** The caller index of calls that come from code that is not profiled. */
  public static final int UNPROFILED = -1;

  private final int caller;
  private final int callee;
  private final long calls;
  private final long primitiveCalls;
  private final long totalNanos;
  private final long cumulativeNanos;
  private final ProbeShare probes;

  public CallEdge(
      int caller,
      int callee,
      long calls,
      long primitiveCalls,
      long totalNanos,
      long cumulativeNanos) {
    this(caller, callee, calls, primitiveCalls, totalNanos, cumulativeNanos, ProbeShare.NONE);
  }

  private CallEdge(
      int caller,
      int callee,
      long calls,
      long primitiveCalls,
      long totalNanos,
      long cumulativeNanos,
      ProbeShare probes) {
    if (caller < UNPROFILED || callee < 0) {
      throw new IllegalArgumentException("bad call edge " + caller + " -> " + callee);
    }
    if (calls < 0 || primitiveCalls < 0 || totalNanos < 0 || cumulativeNanos < 0) {
      throw new IllegalArgumentException("negative call edge statistics");
    }
    this.caller = caller;
    this.callee = callee;
    this.calls = calls;
    this.primitiveCalls = primitiveCalls;
    this.totalNanos = totalNanos;
    this.cumulativeNanos = cumulativeNanos;
    this.probes = java.util.Objects.requireNonNull(probes, "probes");
  }

  /** This edge with the calls the callee made in it, nothing charged yet. */
  public CallEdge withNesting(ProbeShare nesting) {
    return withProbes(ProbeShare.counted(nesting.childCalls(), nesting.nestedCalls()));
  }

  /** This edge between other indices, as when results are merged. */
  CallEdge between(int newCaller, int newCallee) {
    return new CallEdge(
        newCaller, newCallee, calls, primitiveCalls, totalNanos, cumulativeNanos, probes);
  }

  /** This edge with the share of its times that probes costing {@code cost} took. */
  CallEdge chargedWith(CallProbeCost cost) {
    return withProbes(cost.shareOf(calls, primitiveCalls, probes, totalNanos, cumulativeNanos));
  }

  /** This edge with the probes' share taken out of its times. */
  CallEdge lessProbeCost() {
    return new CallEdge(
        caller,
        callee,
        calls,
        primitiveCalls,
        totalNanos - probes.ownNanos(),
        cumulativeNanos - probes.cumulativeNanos(),
        probes.uncharged());
  }

  /** Both edges' counts summed; they must join the same two methods. */
  CallEdge plus(CallEdge other) {
    return new CallEdge(
        caller,
        callee,
        calls + other.calls,
        primitiveCalls + other.primitiveCalls,
        totalNanos + other.totalNanos,
        cumulativeNanos + other.cumulativeNanos,
        probes.plus(other.probes));
  }

  private CallEdge withProbes(ProbeShare share) {
    return new CallEdge(caller, callee, calls, primitiveCalls, totalNanos, cumulativeNanos, share);
  }

  /** The profiled calls the callee made in these calls, and the probes' share of its times. */
  public ProbeShare probes() {
    return probes;
  }

  public int caller() {
    return caller;
  }

  public int callee() {
    return callee;
  }

  public long calls() {
    return calls;
  }

  public long primitiveCalls() {
    return primitiveCalls;
  }

  /** The callee's own time in these calls. */
  public long totalNanos() {
    return totalNanos;
  }

  /** The callee's time in these calls including what it called, recursion counted once. */
  public long cumulativeNanos() {
    return cumulativeNanos;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CallEdge)) {
      return false;
    }
    CallEdge that = (CallEdge) o;
    return caller == that.caller
        && callee == that.callee
        && calls == that.calls
        && primitiveCalls == that.primitiveCalls
        && totalNanos == that.totalNanos
        && cumulativeNanos == that.cumulativeNanos
        && probes.equals(that.probes);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        caller, callee, calls, primitiveCalls, totalNanos, cumulativeNanos);
  }

  @Override
  public String toString() {
    return caller + " -> " + callee + ": " + calls + "/" + primitiveCalls + " calls";
  }
}
