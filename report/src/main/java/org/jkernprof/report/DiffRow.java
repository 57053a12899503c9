package org.jkernprof.report;

import java.util.Optional;
import org.jkernprof.results.LineResultsDiff.LineChange;

/**
 * One row of a method's diff, in the order every rendering lists them: the lines of its listing,
 * then lines with figures but no place in it, then base lines gone from the newer source.
 * Immutable.
 */
final class DiffRow {
  /** Where the row comes from. */
  enum Kind {
    /** A line of the listing, with or without figures. */
    LISTED,
    /** A line with figures that the listing does not show (its source was not found). */
    UNLISTED,
    /** A base line that went nowhere in the newer source. */
    GONE
  }

  final Kind kind;

  /** Its number in the newer source; 0 for a gone line. */
  final int line;

  /** Its text: the listing's, none for an unlisted line, the base's for a gone one. */
  final StyledText text;

  /** Its figures on both sides; always present but for a listed line with none. */
  final Optional<LineChange> figures;

  /** Whether its text is new or changed (lines paired by their text). */
  final boolean textChanged;

  private DiffRow(
      Kind kind, int line, StyledText text, Optional<LineChange> figures, boolean textChanged) {
    this.kind = kind;
    this.line = line;
    this.text = text;
    this.figures = figures;
    this.textChanged = textChanged;
  }

  static DiffRow listed(ListingRow row, Optional<LineChange> figures, boolean textChanged) {
    return new DiffRow(Kind.LISTED, row.line(), row.styledContents(), figures, textChanged);
  }

  static DiffRow unlisted(LineChange figures) {
    return new DiffRow(
        Kind.UNLISTED, figures.line(), StyledText.plain(""), Optional.of(figures), false);
  }

  static DiffRow gone(LineChange figures, String baseText) {
    return new DiffRow(Kind.GONE, 0, StyledText.plain(baseText), Optional.of(figures), false);
  }

  /**
   * What the {@code Was} column says of it, lines paired by text: {@code !} for new or changed
   * text, the old number of a moved or gone line, else nothing.
   */
  String was() {
    if (textChanged) {
      return "!";
    }
    return figures
        .filter(f -> f.baseLine() > 0 && f.baseLine() != f.line())
        .map(f -> String.valueOf(f.baseLine()))
        .orElse("");
  }
}
