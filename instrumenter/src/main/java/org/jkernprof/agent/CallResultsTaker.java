package org.jkernprof.agent;

import java.util.Optional;
import org.jkernprof.agent.callcost.CallCostCalibration;
import org.jkernprof.results.CallProbeCost;
import org.jkernprof.results.RunInfo;

/**
 * Takes function-level results: the recorder's snapshot, and the probe cost measured in this JVM.
 * The cost is measured the first time results are taken, and again for the run's last results,
 * which keep it for any taken after; only when the program's code recorded a call.
 */
final class CallResultsTaker implements ResultsSaver.Recorder {
  private final InjectedCallRuntime runtime;
  private final CallCostCalibration calibration;
  private Optional<CallProbeCost> cost;
  private boolean measuredAtEnd;

  CallResultsTaker(InjectedCallRuntime runtime, CallCostCalibration calibration) {
    this.runtime = runtime;
    this.calibration = calibration;
  }

  @Override
  public TakenResults take(RunInfo run, boolean runEnd) {
    Object[] snapshot = runtime.snapshot();
    Optional<CallProbeCost> measured =
        CallResultsCollector.recordedAny(snapshot) ? cost(runEnd) : Optional.empty();
    return new CallResults(CallResultsCollector.collect(snapshot, run, measured));
  }

  private synchronized Optional<CallProbeCost> cost(boolean runEnd) {
    if (cost == null || (runEnd && !measuredAtEnd)) {
      cost = calibration.measure();
      measuredAtEnd = runEnd;
    }
    return cost;
  }
}
