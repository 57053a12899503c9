package org.jkernprof.agent.sampling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The stacks of one sampling run, with the interval they were taken at: a sample's weight times the
 * interval is the wall time it stands for.
 */
public final class SampledStacks {
  private final long intervalNanos;
  private final List<StackSample> samples;
  private final long totalWeight;

  public SampledStacks(long intervalNanos, List<StackSample> samples) {
    if (intervalNanos <= 0) {
      throw new IllegalArgumentException("interval <= 0: " + intervalNanos);
    }
    this.intervalNanos = intervalNanos;
    this.samples = Collections.unmodifiableList(new ArrayList<>(samples));
    long total = 0;
    for (StackSample s : this.samples) {
      total += s.weight();
    }
    this.totalWeight = total;
  }

  /** The sampling interval asked for, in nanoseconds. */
  public long intervalNanos() {
    return intervalNanos;
  }

  /** The samples, in the recording's order; unmodifiable. */
  public List<StackSample> samples() {
    return samples;
  }

  /** The sum of the samples' weights. */
  public long totalWeight() {
    return totalWeight;
  }

  @Override
  public String toString() {
    return samples.size() + " samples, weight " + totalWeight + ", every " + intervalNanos + " ns";
  }
}
