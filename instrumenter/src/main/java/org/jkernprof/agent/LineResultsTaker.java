package org.jkernprof.agent;

import java.io.PrintStream;
import java.util.function.Function;
import org.jkernprof.agent.calibration.MeasuredCost;
import org.jkernprof.agent.calibration.ProbeCalibrator;
import org.jkernprof.results.ProfileResults;
import org.jkernprof.results.RunInfo;

/**
 * Takes line-by-line results from the recorder: measures the probes' cost first when it is worth it
 * (see {@link ProbeCostOnce}), so that the results carry each line's time less the profiler's own,
 * then snapshots the counts and collects them, the calibration code's own lines left out.
 */
final class LineResultsTaker implements ResultsSaver.Recorder {
  private final InjectedRuntime runtime;
  private final ProbeCostOnce probeCost;

  LineResultsTaker(InjectedRuntime runtime, PrintStream err) {
    this.runtime = runtime;
    this.probeCost =
        new ProbeCostOnce(
            new ProbeCalibrator(
                runtime,
                new Function<int[], long[]>() {
                  @Override
                  public long[] apply(int[] slots) {
                    return runtime.currentThreadCounts(slots);
                  }
                }),
            err);
  }

  /** Measures once, whenever first worth it: the run's end needs no second measurement. */
  @Override
  public TakenResults take(RunInfo run, boolean runEnd) {
    MeasuredCost measured = null;
    if (runtime.hasRegisteredMethods()) {
      RecorderSnapshot before = runtime.snapshot();
      measured = probeCost.get(before.probeEvents, run.durationNanos());
    }
    // After the measurement, so that the snapshot holds the calibration code's slots, which the
    // collector then leaves out.
    RecorderSnapshot snapshot = runtime.snapshot();
    ProfileResults results =
        ResultsCollector.collect(
            snapshot, run, measured == null ? null : measured.cost(), ProbeCalibrator.CLASS_NAME);
    return new LineResults(
        results,
        ProbeCostHint.of(
            measured, snapshot.probeEvents, snapshot.frameEntries, run.durationNanos()));
  }
}
