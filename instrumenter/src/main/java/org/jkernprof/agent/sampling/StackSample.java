package org.jkernprof.agent.sampling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One wall-clock sample: the thread it caught, its weight (how many sampling intervals it stands
 * for: async-profiler batches the samples of an idle thread into one event) and its stack, the
 * innermost frame first.
 */
public final class StackSample {
  private final String threadName;
  private final long threadId;
  private final long weight;
  private final List<SampledFrame> frames;
  private final long epochNanos;

  /** {@link #epochNanos} of a sample whose time is not known. */
  public static final long UNKNOWN_TIME = Long.MIN_VALUE;

  /**
   * @param threadName the Java thread's name (its OS name where it has none)
   * @param threadId the Java thread id, {@code -1} where the thread is not a Java thread
   * @param weight the number of samples this event stands for, at least 1
   * @param frames the stack, innermost first
   */
  public StackSample(String threadName, long threadId, long weight, List<SampledFrame> frames) {
    this(threadName, threadId, weight, frames, UNKNOWN_TIME);
  }

  /**
   * @param epochNanos when the sample was taken, in wall-clock nanoseconds since the epoch, or
   *     {@link #UNKNOWN_TIME}
   */
  public StackSample(
      String threadName, long threadId, long weight, List<SampledFrame> frames, long epochNanos) {
    if (weight < 1) {
      throw new IllegalArgumentException("weight < 1: " + weight);
    }
    this.threadName = threadName == null ? "" : threadName;
    this.threadId = threadId;
    this.weight = weight;
    this.frames = Collections.unmodifiableList(new ArrayList<>(frames));
    this.epochNanos = epochNanos;
  }

  /** When the sample was taken, in nanoseconds since the epoch, or {@link #UNKNOWN_TIME}. */
  public long epochNanos() {
    return epochNanos;
  }

  public String threadName() {
    return threadName;
  }

  public long threadId() {
    return threadId;
  }

  public long weight() {
    return weight;
  }

  /** The stack, innermost frame first; unmodifiable. */
  public List<SampledFrame> frames() {
    return frames;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StackSample)) {
      return false;
    }
    StackSample s = (StackSample) o;
    return threadId == s.threadId
        && weight == s.weight
        && threadName.equals(s.threadName)
        && frames.equals(s.frames);
  }

  @Override
  public int hashCode() {
    return Objects.hash(threadName, threadId, weight, frames);
  }

  @Override
  public String toString() {
    return threadName + "#" + threadId + " x" + weight + " " + frames;
  }
}
