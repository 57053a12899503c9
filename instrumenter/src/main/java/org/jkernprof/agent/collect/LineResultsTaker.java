package org.jkernprof.agent.collect;

import java.io.PrintStream;
import java.util.function.Function;
import org.jkernprof.agent.calibration.MeasuredCost;
import org.jkernprof.agent.calibration.ProbeCalibrator;
import org.jkernprof.agent.inject.InjectedRuntime;
import org.jkernprof.agent.output.ProbeCostHint;
import org.jkernprof.agent.output.ResultsSaver;
import org.jkernprof.agent.output.TakenLineResults;
import org.jkernprof.agent.output.TakenResults;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.RunInfo;

/**
 * Takes line-by-line results from the recorder: measures the probes' cost first when it is worth it
 * (see {@link ProbeCostOnce}), so that the results carry each line's time less the profiler's own,
 * then snapshots the counts and collects them, the calibration code's own lines left out.
 */
public final class LineResultsTaker implements ResultsSaver.Recorder {
  private final InjectedRuntime runtime;
  private final ProbeCostOnce probeCost;

  public LineResultsTaker(InjectedRuntime runtime, PrintStream err) {
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

  /**
   * One snapshot serves both: it decides whether the cost is worth measuring, and the results are
   * collected from it. Measures once, whenever first worth it: the run's end needs no second
   * measurement.
   */
  @Override
  public TakenResults take(RunInfo run, boolean runEnd) {
    MeasuredCost earlier = probeCost.measuredSoFar();
    RecorderSnapshot snapshot = runtime.snapshot();
    MeasuredCost measured = earlier;
    if (measured == null && runtime.hasRegisteredMethods()) {
      measured = probeCost.get(snapshot.probeEvents, run.durationNanos());
    }
    // A measurement made before this snapshot left its slots and its probes in it (the collector
    // leaves the slots out, the hint the probes); one made just now, after it, left nothing.
    long ownEvents = earlier == null ? 0 : earlier.probeEvents();
    long ownEntries = earlier == null ? 0 : earlier.frameEntries();
    LineResults results =
        ResultsCollector.collect(
            snapshot, run, measured == null ? null : measured.cost(), ProbeCalibrator.CLASS_NAME);
    return new TakenLineResults(
        results,
        measured == null
            ? null
            : ProbeCostHint.of(
                measured.cost(),
                snapshot.probeEvents - ownEvents,
                snapshot.frameEntries - ownEntries,
                run.durationNanos()));
  }
}
