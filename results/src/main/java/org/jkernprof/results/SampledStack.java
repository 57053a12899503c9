package org.jkernprof.results;

import java.util.Arrays;
import java.util.Objects;

/**
 * One distinct stack of profiled frames that samples of the sampled timer caught, as a flame graph
 * draws it: the methods from the outermost profiled frame (the root) to the innermost, each with
 * the line its frame was on, and how many samples caught exactly this stack. Frames of code that is
 * not profiled are left out. Methods are indices into {@link FunctionResults#functions()}.
 * Immutable.
 */
public final class SampledStack {
  private final int[] methods;
  private final int[] lines;
  private final long samples;
  private final long nanos;

  /**
   * @param methods the frames' methods, root first; at least one
   * @param lines the line each frame was on, as many as {@code methods}; {@code -1} where unknown
   * @param samples the samples that caught this stack; at least one
   * @param nanos the wall time they stand for: the samples times their run's interval
   */
  public SampledStack(int[] methods, int[] lines, long samples, long nanos) {
    if (methods.length == 0 || methods.length != lines.length) {
      throw new IllegalArgumentException(
          "a stack needs a line for each of its frames, and at least one frame");
    }
    if (samples < 1 || nanos < 0) {
      throw new IllegalArgumentException(
          "a stack needs at least one sample and no negative time: " + samples + ", " + nanos);
    }
    for (int m : methods) {
      if (m < 0) {
        throw new IllegalArgumentException("a stack frame names no method: " + m);
      }
    }
    this.methods = methods.clone();
    this.lines = lines.clone();
    this.samples = samples;
    this.nanos = nanos;
  }

  /** How many profiled frames the stack holds. */
  public int depth() {
    return methods.length;
  }

  /** The method of frame {@code i}, counted from the root (0). */
  public int method(int i) {
    return methods[i];
  }

  /** The line frame {@code i} was on, counted from the root; {@code -1} where unknown. */
  public int line(int i) {
    return lines[i];
  }

  /** The method of the innermost profiled frame: the one whose own time the samples are. */
  public int innermost() {
    return methods[methods.length - 1];
  }

  public long samples() {
    return samples;
  }

  public long nanos() {
    return nanos;
  }

  /** This stack with its methods renumbered by {@code remap}, as when results are merged. */
  SampledStack renumbered(int[] remap) {
    int[] renumbered = new int[methods.length];
    for (int i = 0; i < methods.length; i++) {
      renumbered[i] = remap[methods[i]];
    }
    return new SampledStack(renumbered, lines, samples, nanos);
  }

  /** Both stacks' samples and time; they must be the same stack. */
  SampledStack plus(SampledStack other) {
    if (!sameFrames(other)) {
      throw new IllegalArgumentException("cannot add a different stack");
    }
    return new SampledStack(methods, lines, samples + other.samples, nanos + other.nanos);
  }

  /** What identifies the stack across results: its frames' methods and lines. */
  String frameKey() {
    return Arrays.toString(methods) + Arrays.toString(lines);
  }

  private boolean sameFrames(SampledStack other) {
    return Arrays.equals(methods, other.methods) && Arrays.equals(lines, other.lines);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SampledStack)) {
      return false;
    }
    SampledStack that = (SampledStack) o;
    return sameFrames(that) && samples == that.samples && nanos == that.nanos;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(methods), Arrays.hashCode(lines), samples, nanos);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < methods.length; i++) {
      s.append(i == 0 ? "" : ";").append(methods[i]).append(':').append(lines[i]);
    }
    return s.append(' ').append(samples).append(" samples").toString();
  }
}
