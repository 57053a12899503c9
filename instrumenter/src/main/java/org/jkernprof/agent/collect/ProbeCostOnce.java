package org.jkernprof.agent.collect;

import java.io.PrintStream;
import org.jkernprof.agent.calibration.MeasuredCost;
import org.jkernprof.agent.calibration.ProbeCalibrator;

/**
 * The probes' cost in this run, measured the first time results are taken (at exit, or by the first
 * periodic write or dump) and kept for every later time. If it cannot be measured, the reason is
 * printed once and results carry measured times only.
 */
public final class ProbeCostOnce {
  /** Runs at least this long are worth measuring whatever their probes. */
  static final long WORTH_NANOS = 1_000_000_000L;

  /** Runs whose probes ran at least this often are worth measuring however short. */
  static final long WORTH_EVENTS = 100_000;

  private final ProbeCalibrator calibrator;
  private final PrintStream err;
  private boolean tried;
  private MeasuredCost measured;

  public ProbeCostOnce(ProbeCalibrator calibrator, PrintStream err) {
    this.calibrator = calibrator;
    this.err = err;
  }

  /** The cost measured so far; null if it was not measured yet (or cannot be). */
  public synchronized MeasuredCost measuredSoFar() {
    return measured;
  }

  /**
   * The cost, measured now if it was not yet and is worth it for a run of {@code wallNanos} so far
   * whose probes ran {@code probeEvents} times; null if it is not worth it or cannot be measured.
   */
  public synchronized MeasuredCost get(long probeEvents, long wallNanos) {
    if (!tried && (probeEvents >= WORTH_EVENTS || wallNanos >= WORTH_NANOS)) {
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
