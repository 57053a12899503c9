package org.jkernprof.results;

import java.util.Objects;

/**
 * What function-level profiling recorded for one method, in pstats' terms. Immutable.
 *
 * <ul>
 *   <li>{@link #calls()}: every call ({@code ncalls});
 *   <li>{@link #primitiveCalls()}: calls made while the method was not already running on the same
 *       thread, that is, not recursive;
 *   <li>{@link #totalNanos()}: time in the method itself, without the methods it called ({@code
 *       tottime});
 *   <li>{@link #cumulativeNanos()}: time in the method and everything it called, each recursive
 *       stretch counted once ({@code cumtime});
 *   <li>with memory counting, {@link #ownBytes()} and {@link #cumulativeBytes()}: the bytes
 *       allocated in the same two ways;
 *   <li>{@link #probes()}: the profiled calls it made, and the share of both times that its probes
 *       cost; {@link #lessProbeCost()} takes that share out.
 * </ul>
 *
 * <p>The times are as measured, the probes' cost included.
 */
public final class FunctionStats {
  private final String className;
  private final String methodName;
  private final String descriptor;
  private final String sourceFile;
  private final int firstLine;
  private final long calls;
  private final long primitiveCalls;
  private final long totalNanos;
  private final long cumulativeNanos;
  private final long ownBytes;
  private final long cumulativeBytes;
  private final ProbeShare probes;

  /** Statistics without memory figures. */
  public FunctionStats(
      String className,
      String methodName,
      String descriptor,
      String sourceFile,
      int firstLine,
      long calls,
      long primitiveCalls,
      long totalNanos,
      long cumulativeNanos) {
    this(
        className,
        methodName,
        descriptor,
        sourceFile,
        firstLine,
        calls,
        primitiveCalls,
        totalNanos,
        cumulativeNanos,
        0,
        0,
        ProbeShare.NONE);
  }

  private FunctionStats(
      String className,
      String methodName,
      String descriptor,
      String sourceFile,
      int firstLine,
      long calls,
      long primitiveCalls,
      long totalNanos,
      long cumulativeNanos,
      long ownBytes,
      long cumulativeBytes,
      ProbeShare probes) {
    this.className = Objects.requireNonNull(className, "className");
    this.methodName = Objects.requireNonNull(methodName, "methodName");
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    this.sourceFile = Objects.requireNonNull(sourceFile, "sourceFile");
    if (firstLine < 0
        || calls < 0
        || primitiveCalls < 0
        || totalNanos < 0
        || cumulativeNanos < 0
        || ownBytes < 0
        || cumulativeBytes < 0) {
      throw new IllegalArgumentException("negative statistics for " + className + "." + methodName);
    }
    this.firstLine = firstLine;
    this.calls = calls;
    this.primitiveCalls = primitiveCalls;
    this.totalNanos = totalNanos;
    this.cumulativeNanos = cumulativeNanos;
    this.ownBytes = ownBytes;
    this.cumulativeBytes = cumulativeBytes;
    this.probes = Objects.requireNonNull(probes, "probes");
  }

  /** These statistics with memory figures: bytes allocated own and cumulative. */
  public FunctionStats withMemory(long own, long cumulative) {
    return new FunctionStats(
        className,
        methodName,
        descriptor,
        sourceFile,
        firstLine,
        calls,
        primitiveCalls,
        totalNanos,
        cumulativeNanos,
        own,
        cumulative,
        probes);
  }

  /** These statistics with the profiled calls the method's frames made, nothing charged yet. */
  public FunctionStats withNesting(ProbeShare nesting) {
    return withProbes(ProbeShare.counted(nesting.childCalls(), nesting.nestedCalls()));
  }

  /** These statistics with the share of their times that probes costing {@code cost} took. */
  FunctionStats chargedWith(CallProbeCost cost) {
    return withProbes(cost.shareOf(calls, primitiveCalls, probes, totalNanos, cumulativeNanos));
  }

  /**
   * These statistics with the probes' share taken out of the own and cumulative time: the times the
   * method would have taken unprofiled, as far as the measured cost tells.
   */
  public FunctionStats lessProbeCost() {
    return new FunctionStats(
        className,
        methodName,
        descriptor,
        sourceFile,
        firstLine,
        calls,
        primitiveCalls,
        totalNanos - probes.ownNanos(),
        cumulativeNanos - probes.cumulativeNanos(),
        ownBytes,
        cumulativeBytes,
        probes.uncharged());
  }

  private FunctionStats withProbes(ProbeShare share) {
    return new FunctionStats(
        className,
        methodName,
        descriptor,
        sourceFile,
        firstLine,
        calls,
        primitiveCalls,
        totalNanos,
        cumulativeNanos,
        ownBytes,
        cumulativeBytes,
        share);
  }

  /** The binary name of the declaring class, with dots: {@code com.acme.Outer$Inner}. */
  public String className() {
    return className;
  }

  /**
   * The method's name; {@code <init>} for a constructor, {@code <clinit>} for a static initializer.
   */
  public String methodName() {
    return methodName;
  }

  public String descriptor() {
    return descriptor;
  }

  /** The class file's SourceFile attribute ({@code Outer.java}); empty if unknown. */
  public String sourceFile() {
    return sourceFile;
  }

  /** The method's first line with code, 0 if the class has no line numbers. */
  public int firstLine() {
    return firstLine;
  }

  public long calls() {
    return calls;
  }

  public long primitiveCalls() {
    return primitiveCalls;
  }

  public long totalNanos() {
    return totalNanos;
  }

  public long cumulativeNanos() {
    return cumulativeNanos;
  }

  /** Bytes allocated in the method itself, without the profiled methods it called. */
  public long ownBytes() {
    return ownBytes;
  }

  /** Bytes allocated in the method and everything it called, each recursive stretch once. */
  public long cumulativeBytes() {
    return cumulativeBytes;
  }

  /** The profiled calls the method's frames made, and the probes' share of its times. */
  public ProbeShare probes() {
    return probes;
  }

  /** The key that identifies the same method across results files. */
  public String key() {
    return className + '.' + methodName + descriptor;
  }

  /** Returns these statistics summed with {@code other}'s, which must be the same method. */
  public FunctionStats plus(FunctionStats other) {
    if (!key().equals(other.key())) {
      throw new IllegalArgumentException("cannot add " + other.key() + " to " + key());
    }
    return new FunctionStats(
        className,
        methodName,
        descriptor,
        sourceFile.isEmpty() ? other.sourceFile : sourceFile,
        firstLine == 0 ? other.firstLine : firstLine,
        calls + other.calls,
        primitiveCalls + other.primitiveCalls,
        totalNanos + other.totalNanos,
        cumulativeNanos + other.cumulativeNanos,
        ownBytes + other.ownBytes,
        cumulativeBytes + other.cumulativeBytes,
        probes.plus(other.probes));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FunctionStats)) {
      return false;
    }
    FunctionStats that = (FunctionStats) o;
    return key().equals(that.key())
        && sourceFile.equals(that.sourceFile)
        && firstLine == that.firstLine
        && calls == that.calls
        && primitiveCalls == that.primitiveCalls
        && totalNanos == that.totalNanos
        && cumulativeNanos == that.cumulativeNanos
        && ownBytes == that.ownBytes
        && cumulativeBytes == that.cumulativeBytes
        && probes.equals(that.probes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key(), calls, primitiveCalls, totalNanos, cumulativeNanos);
  }

  @Override
  public String toString() {
    return key()
        + " "
        + calls
        + "/"
        + primitiveCalls
        + " calls, tottime "
        + totalNanos
        + " ns, cumtime "
        + cumulativeNanos
        + " ns";
  }
}
