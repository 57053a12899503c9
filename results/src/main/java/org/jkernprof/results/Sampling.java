package org.jkernprof.results;

import java.util.Objects;

/**
 * How one run's times were sampled, for results of the sampled timer: every thread's stack every
 * {@link #intervalNanos()}, {@link #samples()} samples in all. A line's time is then the samples
 * whose stack held it, times the interval; its hits stay exact. Immutable.
 */
public final class Sampling {
  private final long intervalNanos;
  private final long samples;

  /**
   * @param intervalNanos the wall time between two samples of a thread, in nanoseconds
   * @param samples the stack samples taken of every thread while recording, in all
   */
  public Sampling(long intervalNanos, long samples) {
    if (intervalNanos <= 0 || samples < 0) {
      throw new IllegalArgumentException(
          "a sampling interval must be positive and a sample count not negative: "
              + intervalNanos
              + " ns, "
              + samples
              + " samples");
    }
    this.intervalNanos = intervalNanos;
    this.samples = samples;
  }

  /**
   * The refusal to sum results of the clock timer with results of the sampled timer, in either
   * format: their times were counted in different ways and do not add up.
   */
  static IllegalArgumentException mixedTimers() {
    return new IllegalArgumentException(
        "cannot merge results timed by the clock with results timed by samples");
  }

  public long intervalNanos() {
    return intervalNanos;
  }

  public long samples() {
    return samples;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Sampling)) {
      return false;
    }
    Sampling that = (Sampling) o;
    return intervalNanos == that.intervalNanos && samples == that.samples;
  }

  @Override
  public int hashCode() {
    return Objects.hash(intervalNanos, samples);
  }

  @Override
  public String toString() {
    return "sampled every " + intervalNanos + " ns, " + samples + " samples";
  }
}
