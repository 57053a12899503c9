package org.jkernprof.agent.sampling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far apart a thread's samples really were. The sampler is asked for an interval, but on a
 * loaded machine its ticks come late and a thread gets fewer samples than the wall time over the
 * interval: a sample then stands for more time than the interval. The JVM's own threads live
 * through the whole sampling, so the Java thread with the most sample weight was sampled at every
 * tick, and the sampling's wall time over its weight is the real period.
 */
public final class SamplePeriod {
  /** Closer to the interval than this share, the interval is kept: no jitter in quiet runs. */
  private static final double TOLERANCE = 0.01;

  private SamplePeriod() {}

  /**
   * The nanoseconds one sample of a thread stands for: {@code windowNanos} over the greatest weight
   * of one Java thread where that is more than 1 % over {@code intervalNanos}, else {@code
   * intervalNanos}; never less.
   *
   * @param intervalNanos the interval the sampler was asked for
   * @param windowNanos the wall time the sampler ran, in all
   * @param samples every sample it took in that time
   */
  public static long measured(long intervalNanos, long windowNanos, List<StackSample> samples) {
    Map<Long, Long> byThread = new HashMap<>();
    long most = 0;
    for (StackSample s : samples) {
      if (s.threadId() < 0) {
        continue;
      }
      Long before = byThread.get(s.threadId());
      long weight = (before == null ? 0 : before) + s.weight();
      byThread.put(s.threadId(), weight);
      most = Math.max(most, weight);
    }
    if (most == 0 || windowNanos <= 0) {
      return intervalNanos;
    }
    long period = windowNanos / most;
    return period > intervalNanos * (1 + TOLERANCE) ? period : intervalNanos;
  }
}
