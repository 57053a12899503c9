package org.jkernprof.report;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.ProbeCalibration;
import org.jkernprof.results.Sampling;

/**
 * Which time a line report shows: less the profiler's own work, when the results carry it and
 * {@code --raw} was not asked for, else as measured; or, for results of the sampled timer, as
 * counted from samples; and how the report's header says so. Immutable.
 */
final class ShownTime {
  /**
   * How many of a method's line events may have run before the JIT compiled it: HotSpot compiles a
   * method after some hundreds of calls, a loop after some tens of thousands of iterations.
   */
  static final long WARM_UP_EVENTS = 100_000;

  /** The share of a method's time its interpreted probes may be before the report says so. */
  static final double WARM_UP_NOTE_SHARE = 0.1;

  /** Below this many samples a line's sampled time is marked as resting on few samples. */
  static final long FEW_SAMPLES = 10;

  /** What marks a figure that rests on fewer than {@link #FEW_SAMPLES} samples. */
  static final String FEW_SAMPLES_MARK = "~";

  /** Times as measured, probes included. */
  static final ShownTime MEASURED =
      new ShownTime(Collections.<ProbeCalibration>emptyList(), Collections.<Sampling>emptyList());

  private final List<ProbeCalibration> calibrations;
  private final List<Sampling> samplings;

  private ShownTime(List<ProbeCalibration> calibrations, List<Sampling> samplings) {
    this.calibrations = calibrations;
    this.samplings = samplings;
  }

  /** What {@code results} are shown with under {@code options}. */
  static ShownTime of(LineResults results, ReportOptions options) {
    if (results.isSampled()) {
      return new ShownTime(Collections.<ProbeCalibration>emptyList(), results.samplings());
    }
    return options.raw() || !results.hasProbeTimes()
        ? MEASURED
        : new ShownTime(results.calibrations(), Collections.<Sampling>emptyList());
  }

  /** Whether the times were counted from samples. */
  boolean sampled() {
    return !samplings.isEmpty();
  }

  /** Whether a line's sampled time rests on too few samples to be more than a hint. */
  boolean isFewSamples(LineStats line) {
    return sampled() && line.samples() < FEW_SAMPLES;
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
    if (sampled()) {
      return samplingNote();
    }
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

  /**
   * A note for a method whose time may still hold much of the probes' cost in code not yet
   * compiled: the first line events of a method run in the interpreter, where a probe costs four to
   * six times what it costs compiled, and the report takes out the compiled cost only. At most
   * {@link #WARM_UP_EVENTS} of its events are taken to have run so; the note says what share of the
   * method's time that could be, when it is over {@link #WARM_UP_NOTE_SHARE}.
   */
  Optional<String> warmUpNote(MethodProfile method) {
    if (!lessProbes()) {
      return Optional.empty();
    }
    long events = 0;
    for (LineStats line : method.lines()) {
      events += line.probe().events();
    }
    double interpreted = 0;
    double compiled = Double.MAX_VALUE;
    for (ProbeCalibration c : calibrations) {
      interpreted = Math.max(interpreted, c.interpretedEventNanos());
      compiled = Math.min(compiled, c.busyLineEventNanos());
    }
    double extra = Math.min(events, WARM_UP_EVENTS) * Math.max(0, interpreted - compiled);
    long total = of(method);
    if (extra <= WARM_UP_NOTE_SHARE * total || extra < 1) {
      return Optional.empty();
    }
    long percent = total == 0 ? 100 : Math.min(100, Math.round(100 * extra / total));
    return Optional.of(
        String.format(
            Locale.ROOT,
            "Note: up to %d %% of this time may be the profiler's own: line events that ran"
                + " before the JIT compiled this code cost up to %.0f ns each, not %.0f ns.",
            percent,
            interpreted,
            compiled));
  }

  /**
   * {@code " (sampled every 1 ms, 12,345 samples; ~: fewer than 10)"}; over the runs of merged
   * results, the range of intervals and the samples of all.
   */
  private String samplingNote() {
    return String.format(
        Locale.ROOT,
        " (%s; %s: fewer than %d)",
        SamplingSummary.of(samplings),
        FEW_SAMPLES_MARK,
        FEW_SAMPLES);
  }

  /** {@code 56.3}, or {@code 55.1 to 61.0} when the two differ at one decimal. */
  static String range(double min, double max) {
    String low = String.format(Locale.ROOT, "%.1f", min);
    String high = String.format(Locale.ROOT, "%.1f", max);
    return low.equals(high) ? low : low + " to " + high;
  }
}
