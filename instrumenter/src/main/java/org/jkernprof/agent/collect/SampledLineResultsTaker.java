package org.jkernprof.agent.collect;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jkernprof.agent.calibration.ProbeCalibrator;
import org.jkernprof.agent.inject.InjectedRuntime;
import org.jkernprof.agent.instr.ProfiledUnits;
import org.jkernprof.agent.output.ResultsSaver;
import org.jkernprof.agent.output.TakenLineResults;
import org.jkernprof.agent.output.TakenResults;
import org.jkernprof.agent.sampling.ProfiledMethods;
import org.jkernprof.agent.sampling.SampledLine;
import org.jkernprof.agent.sampling.SampledLineWeights;
import org.jkernprof.agent.sampling.SampledStacks;
import org.jkernprof.agent.sampling.StackSample;
import org.jkernprof.agent.sampling.WallClockSampler;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.RunInfo;
import org.jkernprof.results.Sampling;

/**
 * Takes line-by-line results of the sampled timer: the hits the probes counted, and the times the
 * wall-clock samples of every thread's stack give (see {@link SamplesSoFar}).
 */
public final class SampledLineResultsTaker implements ResultsSaver.Recorder {
  private final InjectedRuntime runtime;
  private final ProfiledUnits units;
  private final SamplesSoFar samples;

  /**
   * @param sampler the sampler started at the agent's start, whose samples are this run's
   * @param units the instrumenter's index of which method each instrumented method reports into
   * @param switchTimes when recording went off and on ({@code RecordingSwitch.switchTimes}): the
   *     samples taken while it was off are dropped
   */
  public SampledLineResultsTaker(
      InjectedRuntime runtime,
      WallClockSampler sampler,
      ProfiledUnits units,
      Supplier<long[]> switchTimes,
      PrintStream err) {
    this.runtime = runtime;
    this.units = units;
    this.samples = new SamplesSoFar(sampler, switchTimes, err);
  }

  @Override
  public synchronized TakenResults take(RunInfo run, boolean runEnd) {
    List<StackSample> samplesSoFar = samples.take(runEnd);
    long intervalNanos = samples.periodNanos();
    LineResults counted =
        ResultsCollector.collect(runtime.snapshot(), run, null, ProbeCalibrator.CLASS_NAME);
    final Set<String> profiled = new HashSet<>();
    for (MethodProfile m : counted.methods()) {
      profiled.add(m.key());
    }
    final SampledLineWeights weights =
        SampledLineWeights.count(
            new SampledStacks(intervalNanos, samplesSoFar),
            new ProfiledMethods() {
              @Override
              public boolean isProfiled(String className, String methodName, String descriptor) {
                return profiled.contains(MethodProfile.key(className, methodName, descriptor));
              }

              @Override
              public SampledLine reportsInto(SampledLine frameLine) {
                String[] method =
                    units.methodReportedInto(
                        frameLine.className(), frameLine.methodName(), frameLine.descriptor());
                if (method == null
                    || !profiled.contains(MethodProfile.key(method[0], method[1], method[2]))) {
                  return null;
                }
                return new SampledLine(method[0], method[1], method[2], frameLine.lineNumber());
              }
            });
    return new TakenLineResults(
        SampledTimes.of(
            counted,
            new SampledTimes.SampleCounts() {
              @Override
              public long ofLine(MethodProfile method, int line) {
                return weights.weight(
                    new SampledLine(
                        method.className(), method.methodName(), method.descriptor(), line));
              }

              @Override
              public long ofMethod(MethodProfile method) {
                return weights.methodWeight(
                    method.className(), method.methodName(), method.descriptor());
              }
            },
            new Sampling(intervalNanos, weights.totalWeight())));
  }
}
