package org.jkernprof.report;

import java.util.Objects;
import java.util.OptionalInt;

/** How a function-level report is rendered. Immutable; start from {@link #defaults()}. */
public final class StatsOptions {
  private final SortKey sortKey;
  private final int top;
  private final boolean skipZero;
  private final boolean summarize;
  private final boolean raw;

  private StatsOptions(SortKey sortKey, int top, boolean skipZero, boolean summarize, boolean raw) {
    this.sortKey = Objects.requireNonNull(sortKey, "sortKey");
    this.top = top;
    this.skipZero = skipZero;
    this.summarize = summarize;
    this.raw = raw;
  }

  /**
   * Ordered by cumulative time, every method listed, times without the profiler's own cost where
   * the run measured it.
   */
  public static StatsOptions defaults() {
    return new StatsOptions(SortKey.CUMULATIVE, 0, false, false, false);
  }

  public StatsOptions withSortKey(SortKey key) {
    return new StatsOptions(key, top, skipZero, summarize, raw);
  }

  /** List at most {@code count} methods, the first in the report's order. */
  public StatsOptions withTop(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("the number of methods to list must be at least 1");
    }
    return new StatsOptions(sortKey, count, skipZero, summarize, raw);
  }

  /** Whether to leave out methods that were never called. */
  public StatsOptions withSkipZero(boolean skip) {
    return new StatsOptions(sortKey, top, skip, summarize, raw);
  }

  /**
   * Whether to end with one line per listed method and its cumulative time, in the layout of the
   * line report's summary.
   */
  public StatsOptions withSummarize(boolean summarizeMethods) {
    return new StatsOptions(sortKey, top, skipZero, summarizeMethods, raw);
  }

  /**
   * Whether to print the times as measured, the profiler's own cost included, instead of less the
   * cost per call that the run measured.
   */
  public StatsOptions withRaw(boolean measured) {
    return new StatsOptions(sortKey, top, skipZero, summarize, measured);
  }

  public boolean raw() {
    return raw;
  }

  public boolean summarize() {
    return summarize;
  }

  public SortKey sortKey() {
    return sortKey;
  }

  /** How many methods to list at most; empty for all. */
  public OptionalInt top() {
    return top == 0 ? OptionalInt.empty() : OptionalInt.of(top);
  }

  public boolean skipZero() {
    return skipZero;
  }
}
