package org.jkernprof.agent.output;

import java.util.Locale;
import org.jkernprof.results.ProbeCalibration;

/**
 * The line printed at exit when the profiler's own probes took a large share of the run's wall
 * time: the times shown have that cost taken out, but the run was that much slower and its
 * interplay with the program (caches, the JIT) is not taken out; the user should profile less.
 */
public final class ProbeCostHint {
  /** The share of the run's wall time from which on the hint is printed. */
  static final double THRESHOLD = 1.0 / 3;

  private ProbeCostHint() {}

  /**
   * The hint for a run of {@code wallNanos} whose program ran {@code probeEvents} clock-reading
   * probes and {@code frameEntries} frame entries in all, at {@code cost}; null if the probes took
   * less than {@link #THRESHOLD} of it.
   */
  public static String of(
      ProbeCalibration cost, long probeEvents, long frameEntries, long wallNanos) {
    if (wallNanos <= 0) {
      return null;
    }
    long events = Math.max(0, probeEvents);
    long entries = Math.max(0, frameEntries);
    // Between what a probe costs a busy line and a line of no work: most lines are cheap.
    double perEvent = (cost.cheapLineEventNanos() + cost.busyLineEventNanos()) / 2;
    double probeNanos = events * perEvent + entries * cost.entryNanos();
    double share = probeNanos / wallNanos;
    if (share < THRESHOLD) {
      return null;
    }
    String amount =
        share <= 1
            ? String.format(
                Locale.ROOT, "%.0f %% of the run's %.1f s", 100 * share, wallNanos / 1e9)
            : String.format(
                Locale.ROOT, "more than the run's %.1f s (its threads together)", wallNanos / 1e9);
    return String.format(
        Locale.ROOT,
        "the profiler's own probes took about %.1f s, %s (%,d line events at %.1f ns);"
            + " the report leaves that out, but the run was that much slower. Profile fewer"
            + " lines: @Profile on the methods that matter, or a narrower --include.",
        probeNanos / 1e9,
        amount,
        events,
        perEvent);
  }
}
