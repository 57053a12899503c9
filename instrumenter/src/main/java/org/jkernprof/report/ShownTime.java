package org.jkernprof.report;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.ProbeCalibration;
import org.jkernprof.results.ProfileResults;

/**
 * Which time a line report shows: less the profiler's own work, when the results carry it and
 * {@code --raw} was not asked for, else as measured; and how the report's header says so.
 * Immutable.
 */
final class ShownTime {
  /** Times as measured, probes included. */
  static final ShownTime MEASURED = new ShownTime(Collections.<ProbeCalibration>emptyList());

  private final List<ProbeCalibration> calibrations;

  private ShownTime(List<ProbeCalibration> calibrations) {
    this.calibrations = calibrations;
  }

  /** What {@code results} are shown with under {@code options}. */
  static ShownTime of(ProfileResults results, ReportOptions options) {
    return options.raw() || !results.hasProbeTimes()
        ? MEASURED
        : new ShownTime(results.calibrations());
  }

  /** Whether the profiler's own work is taken out. */
  boolean lessProbes() {
    return !calibrations.isEmpty();
  }

  /** The time shown for a line, in nanoseconds. */
  long of(LineStats line) {
    return lessProbes() ? line.nanosLessProbes() : line.nanos();
  }

  /** Whether the time shown for a line cannot be told from zero. */
  boolean isNoise(LineStats line) {
    return lessProbes() && line.isWithinProbeNoise();
  }

  /** The total time shown for a method, in nanoseconds. */
  long of(MethodProfile method) {
    return lessProbes() ? method.totalNanosLessProbes() : method.totalNanos();
  }

  /**
   * What follows the timer unit in the header: empty for measured times, else what was taken out,
   * such as {@code " (less the profiler's own cost, measured in this run: 19.2 to 27.0 ns per line
   * event, 1.0 ns per call)"}, from what a probe costs a busy line to what it costs a line of no
   * work; over the runs of merged results, the widest range.
   */
  String timerUnitNote() {
    if (!lessProbes()) {
      return "";
    }
    double least = Double.MAX_VALUE;
    double most = 0;
    double minEntry = Double.MAX_VALUE;
    double maxEntry = 0;
    for (ProbeCalibration c : calibrations) {
      least = Math.min(least, c.busyLineEventNanos());
      most = Math.max(most, c.cheapLineEventNanos());
      minEntry = Math.min(minEntry, c.entryNanos());
      maxEntry = Math.max(maxEntry, c.entryNanos());
    }
    String where = calibrations.size() == 1 ? "measured in this run" : "measured in each run";
    return " (less the profiler's own cost, "
        + where
        + ": "
        + range(Math.min(least, most), most)
        + " ns per line event, "
        + range(minEntry, maxEntry)
        + " ns per call)";
  }

  private static String range(double min, double max) {
    String low = String.format(Locale.ROOT, "%.1f", min);
    String high = String.format(Locale.ROOT, "%.1f", max);
    return low.equals(high) ? low : low + " to " + high;
  }
}
