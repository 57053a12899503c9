package org.jkernprof.report;

import java.util.List;
import java.util.Locale;
import org.jkernprof.results.Sampling;

/**
 * How results of the sampled timer were sampled, as both reports' headers say it: {@code sampled
 * every 1 ms, 12,345 samples}; over the runs of merged results, the range of their intervals and
 * the samples of all.
 */
final class SamplingSummary {
  private SamplingSummary() {}

  /** The summary of {@code samplings}, which must not be empty. */
  static String of(List<Sampling> samplings) {
    long least = Long.MAX_VALUE;
    long most = 0;
    long samples = 0;
    for (Sampling s : samplings) {
      least = Math.min(least, s.intervalNanos());
      most = Math.max(most, s.intervalNanos());
      samples += s.samples();
    }
    String every = least == most ? interval(least) : interval(least) + " to " + interval(most);
    return String.format(Locale.ROOT, "sampled every %s, %,d samples", every, samples);
  }

  /** {@code 1 ms}, {@code 500 µs}, {@code 1.5 ms}: an interval in the unit that reads best. */
  static String interval(long nanos) {
    if (nanos >= 1_000_000) {
      return decimal(nanos / 1e6) + " ms";
    }
    if (nanos >= 1_000) {
      return decimal(nanos / 1e3) + " µs";
    }
    return nanos + " ns";
  }

  private static String decimal(double value) {
    String text = String.format(Locale.ROOT, "%.3f", value);
    return text.replaceAll("\\.?0+$", "");
  }
}
