package org.jkernprof.report;

/** How a line report is rendered. Immutable; start from {@link #defaults()}. */
public final class ReportOptions {
  /** line_profiler's default output unit: microseconds. */
  public static final double DEFAULT_UNIT_SECONDS = 1e-6;

  private final double unitSeconds;
  private final boolean skipZero;
  private final boolean summarize;
  private final boolean color;
  private final boolean sortByTime;
  private final boolean raw;

  private ReportOptions(
      double unitSeconds,
      boolean skipZero,
      boolean summarize,
      boolean color,
      boolean sortByTime,
      boolean raw) {
    if (!(unitSeconds > 0) || Double.isInfinite(unitSeconds)) {
      throw new IllegalArgumentException("the output unit must be a positive number of seconds");
    }
    this.unitSeconds = unitSeconds;
    this.skipZero = skipZero;
    this.summarize = summarize;
    this.color = color;
    this.sortByTime = sortByTime;
    this.raw = raw;
  }

  public static ReportOptions defaults() {
    return new ReportOptions(DEFAULT_UNIT_SECONDS, false, false, false, false, false);
  }

  /** The unit of the Time and Per Hit columns, in seconds. */
  public ReportOptions withUnit(double seconds) {
    return new ReportOptions(seconds, skipZero, summarize, color, sortByTime, raw);
  }

  /** Whether to leave out methods that never ran. */
  public ReportOptions withSkipZero(boolean skip) {
    return new ReportOptions(unitSeconds, skip, summarize, color, sortByTime, raw);
  }

  /** Whether to end with one line per method giving its total time. */
  public ReportOptions withSummarize(boolean summarizeMethods) {
    return new ReportOptions(unitSeconds, skipZero, summarizeMethods, color, sortByTime, raw);
  }

  /**
   * Whether to write ANSI colours for a terminal: syntax-highlighted source lines and a graded
   * {@code % Time}. Without them the report is plain text.
   */
  public ReportOptions withColor(boolean ansiColors) {
    return new ReportOptions(unitSeconds, skipZero, summarize, ansiColors, sortByTime, raw);
  }

  /**
   * Whether to order the methods by their total time, longest first (and the summary with them),
   * instead of by source file and line.
   */
  public ReportOptions withSortByTime(boolean sort) {
    return new ReportOptions(unitSeconds, skipZero, summarize, color, sort, raw);
  }

  /**
   * Whether to print the times as measured, the profiler's own cost included, instead of less the
   * cost the run measured.
   */
  public ReportOptions withRaw(boolean measured) {
    return new ReportOptions(unitSeconds, skipZero, summarize, color, sortByTime, measured);
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

  public boolean color() {
    return color;
  }

  public boolean sortByTime() {
    return sortByTime;
  }

  /** Whether times are printed as measured ({@link #withRaw}). */
  public boolean raw() {
    return raw;
  }
}
