package org.jkernprof.report;

/** How a line report is rendered. Immutable; start from {@link #defaults()}. */
public final class ReportOptions {
  /** line_profiler's default output unit: microseconds. */
  public static final double DEFAULT_UNIT_SECONDS = 1e-6;

  private final double unitSeconds;
  private final boolean skipZero;
  private final boolean summarize;

  private ReportOptions(double unitSeconds, boolean skipZero, boolean summarize) {
    if (!(unitSeconds > 0) || Double.isInfinite(unitSeconds)) {
      throw new IllegalArgumentException("the output unit must be a positive number of seconds");
    }
    this.unitSeconds = unitSeconds;
    this.skipZero = skipZero;
    this.summarize = summarize;
  }

  public static ReportOptions defaults() {
    return new ReportOptions(DEFAULT_UNIT_SECONDS, false, false);
  }

  /** The unit of the Time and Per Hit columns, in seconds. */
  public ReportOptions withUnit(double seconds) {
    return new ReportOptions(seconds, skipZero, summarize);
  }

  /** Whether to leave out methods that never ran. */
  public ReportOptions withSkipZero(boolean skip) {
    return new ReportOptions(unitSeconds, skip, summarize);
  }

  /** Whether to end with one line per method giving its total time. */
  public ReportOptions withSummarize(boolean summarizeMethods) {
    return new ReportOptions(unitSeconds, skipZero, summarizeMethods);
  }

  public double unitSeconds() {
    return unitSeconds;
  }

  public boolean skipZero() {
    return skipZero;
  }

  public boolean summarize() {
    return summarize;
  }
}
