package org.jkernprof.agent.calibration;

import org.jkernprof.results.ProbeCalibration;

/**
 * What {@link ProbeCalibrator} measured, and the probes and frame entries it ran to measure it,
 * which are not the program's. Immutable.
 */
public final class MeasuredCost {
  private final ProbeCalibration cost;
  private final long probeEvents;
  private final long frameEntries;

  MeasuredCost(ProbeCalibration cost, long probeEvents, long frameEntries) {
    this.cost = cost;
    this.probeEvents = probeEvents;
    this.frameEntries = frameEntries;
  }

  public ProbeCalibration cost() {
    return cost;
  }

  /** The clock-reading probes the measurement itself ran. */
  public long probeEvents() {
    return probeEvents;
  }

  /** The profiled frames the measurement itself entered. */
  public long frameEntries() {
    return frameEntries;
  }
}
