package org.jkernprof.results;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One node of the calling-context tree the clock timer keeps: a distinct path of profiled methods
 * from a thread's outermost profiled frame (the root) to the frame the node stands for, the calls
 * that took exactly this path, and their own time, as the caller-callee pair's own time counts it.
 * Methods are indices into {@link FunctionResults#functions()}. The paths of several threads and
 * runs are summed when their methods are the same.
 *
 * <p>The agent keeps at most {@link #NODES_PER_THREAD} paths per thread, none deeper than {@link
 * #MAX_DEPTH}; every frame past those bounds, and every frame under it, is in the one path {@link
 * #isOther other}, whose only frame is {@link #OTHER}. Immutable.
 */
public final class CallPath {
  /** The method of the other path's one frame: the frames the tree's bounds kept out. */
  public static final int OTHER = -1;

  /** Paths the agent keeps per thread at most; the rest go to the other path. */
  public static final int NODES_PER_THREAD = 50_000;

  /** Frames a path has at most; deeper frames go to the other path. */
  public static final int MAX_DEPTH = 1_000;

  private final int[] methods;
  private final long calls;
  private final long ownNanos;
  private final ProbeShare probes;

  /**
   * @param methods the path's methods, root first: at least one, each an index into the functions,
   *     or only {@link #OTHER}
   * @param calls the calls that took the path
   * @param ownNanos their own time, as measured
   * @param childCalls the profiled calls they made themselves, whose probes' outside cost is in the
   *     own time
   */
  public CallPath(int[] methods, long calls, long ownNanos, long childCalls) {
    this(methods, calls, ownNanos, ProbeShare.counted(childCalls, 0));
  }

  private CallPath(int[] methods, long calls, long ownNanos, ProbeShare probes) {
    if (methods.length == 0) {
      throw new IllegalArgumentException("a call path needs at least one frame");
    }
    for (int m : methods) {
      if (m < 0 && !(m == OTHER && methods.length == 1)) {
        throw new IllegalArgumentException("a call path frame names no method: " + m);
      }
    }
    if (calls < 0 || ownNanos < 0) {
      throw new IllegalArgumentException(
          "a call path has no negative calls or time: " + calls + ", " + ownNanos);
    }
    this.methods = methods.clone();
    this.calls = calls;
    this.ownNanos = ownNanos;
    this.probes = probes;
  }

  /** The other path: the frames the bounds kept out, counted together. */
  public static CallPath other(long calls, long ownNanos, long childCalls) {
    return new CallPath(new int[] {OTHER}, calls, ownNanos, childCalls);
  }

  /** How the report names the other path's frame. */
  public static String otherLabel() {
    return String.format(
        Locale.ROOT,
        "[other call paths: over %,d in one thread, or %,d deep]",
        NODES_PER_THREAD,
        MAX_DEPTH);
  }

  /** Whether this is the other path. */
  public boolean isOther() {
    return methods[0] == OTHER;
  }

  /** How many frames the path has. */
  public int depth() {
    return methods.length;
  }

  /** The method of frame {@code i}, counted from the root (0); {@link #OTHER} in the other path. */
  public int method(int i) {
    return methods[i];
  }

  public long calls() {
    return calls;
  }

  /** The own time of the path's calls, the probes' share included until {@link #lessProbeCost}. */
  public long ownNanos() {
    return ownNanos;
  }

  /** The profiled calls made from the path's frames, and the probes' share of the own time. */
  public ProbeShare probes() {
    return probes;
  }

  /**
   * This path with the share of its own time that probes costing {@code cost} took: each call's
   * inside cost, and the outside cost of each call it made, as for a method.
   */
  CallPath chargedWith(CallProbeCost cost) {
    return new CallPath(methods, calls, ownNanos, cost.shareOf(calls, 0, probes, ownNanos, 0));
  }

  /** This path with the probes' charged share taken out of its own time. */
  CallPath lessProbeCost() {
    return new CallPath(methods, calls, ownNanos - probes.ownNanos(), probes.uncharged());
  }

  /** This path with nothing charged. */
  CallPath uncharged() {
    return new CallPath(methods, calls, ownNanos, probes.uncharged());
  }

  /** This path with its methods renumbered by {@code remap}, as when results are merged. */
  CallPath renumbered(int[] remap) {
    if (isOther()) {
      return this;
    }
    int[] renumbered = new int[methods.length];
    for (int i = 0; i < methods.length; i++) {
      renumbered[i] = remap[methods[i]];
    }
    return new CallPath(renumbered, calls, ownNanos, probes);
  }

  /** Both paths' calls and times; they must be the same path. */
  CallPath plus(CallPath other) {
    if (!Arrays.equals(methods, other.methods)) {
      throw new IllegalArgumentException("cannot add a different call path");
    }
    return new CallPath(
        methods, calls + other.calls, ownNanos + other.ownNanos, probes.plus(other.probes));
  }

  /** What identifies the path across results: its methods. */
  String key() {
    return Arrays.toString(methods);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CallPath)) {
      return false;
    }
    CallPath that = (CallPath) o;
    return Arrays.equals(methods, that.methods)
        && calls == that.calls
        && ownNanos == that.ownNanos
        && probes.equals(that.probes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(methods), calls, ownNanos, probes);
  }

  @Override
  public String toString() {
    return key() + " " + calls + " calls, " + ownNanos + " ns own";
  }
}
