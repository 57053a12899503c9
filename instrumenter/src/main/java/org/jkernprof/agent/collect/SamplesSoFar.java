package org.jkernprof.agent.collect;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.jkernprof.agent.sampling.SamplePeriod;
import org.jkernprof.agent.sampling.SamplingUnavailableException;
import org.jkernprof.agent.sampling.StackSample;
import org.jkernprof.agent.sampling.WallClockSampler;

/**
 * The stack samples of a run of the sampled timer, in either mode. The sampler runs from the
 * agent's start; results taken before the run's end (the periodic writer, {@code JKernprof.dump})
 * stop it, keep the samples so far and start it again.
 */
final class SamplesSoFar {
  private final long intervalNanos;
  private final PrintStream err;
  private final List<StackSample> samples = new ArrayList<>();

  /** When recording went off and on ({@code RecordingSwitch.switchTimes}). */
  private final Supplier<long[]> switchTimes;

  /** The wall time the sampler has run, in all, up to the last {@link #take}. */
  private long windowNanos;

  /** What one sample stood for at the last {@link #take}; see {@link SamplePeriod}. */
  private long periodNanos;

  /** Null once sampling has ended, at the run's end or because it could not go on. */
  private WallClockSampler sampler;

  /**
   * @param sampler the sampler started at the agent's start, whose samples are this run's
   */
  SamplesSoFar(WallClockSampler sampler, Supplier<long[]> switchTimes, PrintStream err) {
    this.sampler = sampler;
    this.switchTimes = switchTimes;
    this.intervalNanos = sampler.intervalNanos();
    this.periodNanos = intervalNanos;
    this.err = err;
  }

  /**
   * The nanoseconds one sample stands for, as of the last {@link #take}: the interval asked for, or
   * more where the machine made the sampler's ticks late ({@link SamplePeriod}).
   */
  synchronized long periodNanos() {
    return periodNanos;
  }

  /**
   * The samples taken while recording was on: those taken while it was off (before {@code
   * JKernprof.enable()} with {@code start=disabled}, between {@code disable()} and {@code
   * enable()}) stand for time the clock timer would not have measured either.
   */
  static List<StackSample> whileRecording(List<StackSample> all, long[] switches) {
    if (switches.length == 0) {
      return Collections.unmodifiableList(new ArrayList<>(all));
    }
    List<StackSample> kept = new ArrayList<>(all.size());
    for (StackSample s : all) {
      if (!offAt(switches, s.epochNanos())) {
        kept.add(s);
      }
    }
    return Collections.unmodifiableList(kept);
  }

  /** Whether recording was off at {@code epochNanos}: an odd number of switches at or before it. */
  private static boolean offAt(long[] switches, long epochNanos) {
    if (epochNanos == StackSample.UNKNOWN_TIME) {
      return false;
    }
    int low = 0;
    int high = switches.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (switches[middle] <= epochNanos) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low % 2 == 1;
  }

  /**
   * Every sample up to now: stops the sampler and keeps its samples; before the run's end, starts
   * it again.
   */
  synchronized List<StackSample> take(boolean runEnd) {
    if (sampler != null) {
      windowNanos += System.nanoTime() - sampler.startedAtNanos();
      try {
        samples.addAll(sampler.stop().samples());
      } catch (IOException e) {
        err.println("jkernprof: cannot read the stack samples: " + e.getMessage());
      }
      sampler = null;
      if (!runEnd) {
        try {
          sampler = WallClockSampler.start(intervalNanos);
        } catch (SamplingUnavailableException e) {
          err.println(e.getMessage() + "; the times stop at the samples so far");
        }
      }
    }
    periodNanos = SamplePeriod.measured(intervalNanos, windowNanos, samples);
    return whileRecording(samples, switchTimes.get());
  }
}
