package org.jkernprof.agent.collect;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;
import org.jkernprof.agent.output.ResultsSaver;
import org.jkernprof.agent.output.TakenCallResults;
import org.jkernprof.agent.output.TakenResults;
import org.jkernprof.agent.sampling.StackSample;
import org.jkernprof.agent.sampling.WallClockSampler;
import org.jkernprof.results.RunInfo;

/**
 * Takes function-level results of the sampled timer: the calls the counting probes counted, and the
 * times the wall-clock samples of every thread's stack give (see {@link SampledCallCollector} and
 * {@link SamplesSoFar}). No probe cost is measured: the probes read no clock.
 */
public final class SampledCallResultsTaker implements ResultsSaver.Recorder {
  private final Supplier<Object[]> snapshots;
  private final SamplesSoFar samples;

  /**
   * @param snapshots takes the recorder's snapshot, as {@code CallRecorder.snapshot()} describes it
   * @param sampler the sampler started at the agent's start, whose samples are this run's
   */
  public SampledCallResultsTaker(
      Supplier<Object[]> snapshots,
      WallClockSampler sampler,
      Supplier<long[]> switchTimes,
      PrintStream err) {
    this.snapshots = snapshots;
    this.samples = new SamplesSoFar(sampler, switchTimes, err);
  }

  @Override
  public synchronized TakenResults take(RunInfo run, boolean runEnd) {
    List<StackSample> samplesSoFar = samples.take(runEnd);
    return new TakenCallResults(
        SampledCallCollector.collect(snapshots.get(), run, samplesSoFar, samples.periodNanos()));
  }
}
