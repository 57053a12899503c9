package org.jkernprof.agent;

import java.io.PrintStream;
import org.jkernprof.agent.calibration.MeasuredCost;
import org.jkernprof.agent.calibration.ProbeCalibrator;

/**
 * The probes' cost in this run, measured the first time results are taken (at exit, or by the first
 * periodic write or dump) and kept for every later time. If it cannot be measured, the reason is
 * printed once and results carry measured times only.
 */
final class ProbeCostOnce {
  private final ProbeCalibrator calibrator;
  private final PrintStream err;
  private boolean tried;
  private MeasuredCost measured;

  ProbeCostOnce(ProbeCalibrator calibrator, PrintStream err) {
    this.calibrator = calibrator;
    this.err = err;
  }

  /** The cost, measured now if it was not yet; null if it cannot be measured. */
  synchronized MeasuredCost get() {
    if (!tried) {
      tried = true;
      try {
        measured = calibrator.measure();
      } catch (RuntimeException e) {
        err.println(
            "jkernprof: cannot measure the profiler's own cost ("
                + e.getMessage()
                + "); times include it");
      }
    }
    return measured;
  }
}
