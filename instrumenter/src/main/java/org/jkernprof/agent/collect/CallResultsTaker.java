package org.jkernprof.agent.collect;

import java.util.Optional;
import java.util.function.Supplier;
import org.jkernprof.agent.output.ResultsSaver;
import org.jkernprof.agent.output.TakenCallResults;
import org.jkernprof.agent.output.TakenResults;
import org.jkernprof.results.CallProbeCost;
import org.jkernprof.results.RunInfo;

/**
 * Takes function-level results: the recorder's snapshot, and the probe cost measured in this JVM.
 * The cost is measured the first time results are taken, and again for the run's last results,
 * which keep it for any taken after; only when the program's code recorded a call.
 */
public final class CallResultsTaker implements ResultsSaver.Recorder {
  private final Supplier<Object[]> snapshots;
  private final Supplier<Optional<CallProbeCost>> calibration;
  private Optional<CallProbeCost> cost;
  private boolean measuredAtEnd;

  /**
   * @param snapshots takes the recorder's snapshot, as {@code CallRecorder.snapshot()} describes it
   * @param calibration measures the probe cost, or says it could not
   */
  public CallResultsTaker(
      Supplier<Object[]> snapshots, Supplier<Optional<CallProbeCost>> calibration) {
    this.snapshots = snapshots;
    this.calibration = calibration;
  }

  @Override
  public TakenResults take(RunInfo run, boolean runEnd) {
    Object[] snapshot = snapshots.get();
    Optional<CallProbeCost> measured =
        CallResultsCollector.recordedAny(snapshot) ? cost(runEnd) : Optional.empty();
    return new TakenCallResults(CallResultsCollector.collect(snapshot, run, measured));
  }

  private synchronized Optional<CallProbeCost> cost(boolean runEnd) {
    if (cost == null || (runEnd && !measuredAtEnd)) {
      cost = calibration.get();
      measuredAtEnd = runEnd;
    }
    return cost;
  }
}
