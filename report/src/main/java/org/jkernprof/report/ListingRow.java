package org.jkernprof.report;

import java.util.Optional;
import org.jkernprof.results.LineStats;

/** One row of a method's table: a source line, its statistics if it has any, and its text. */
final class ListingRow {
  private final int line;
  private final LineStats stats;
  private final String contents;
  private final StyledText styledContents;

  ListingRow(int line, Optional<LineStats> stats, String contents) {
    this(line, stats, StyledText.plain(contents));
  }

  /** A row whose text is shown in colour in a coloured report. */
  ListingRow(int line, Optional<LineStats> stats, StyledText styledContents) {
    this.line = line;
    this.stats = stats.orElse(null);
    this.contents = styledContents.plain();
    this.styledContents = styledContents;
  }

  int line() {
    return line;
  }

  /** The line's statistics if it has a line-table entry, even one that never ran. */
  Optional<LineStats> stats() {
    return Optional.ofNullable(stats);
  }

  /** The source text of the line; empty when the source is missing. */
  String contents() {
    return contents;
  }

  /** The source text with its colours; the same text as {@link #contents}. */
  StyledText styledContents() {
    return styledContents;
  }
}
