package org.jkernprof.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How the coloured report grades a line's {@code % Time}, so the line that costs most catches the
 * eye first: faint below 1 %, plain from 1 %, yellow from 10 %, bold red from 30 %. The grade
 * follows the rounded value shown, so {@code 10.0} is yellow even when the exact share is 9.96 %.
 */
final class TimeShareGrades {
  static final BigDecimal WARM_FROM = BigDecimal.TEN;
  static final BigDecimal HOT_FROM = BigDecimal.valueOf(30);

  private TimeShareGrades() {}

  /** The style of a shown percentage such as {@code 47.5}; empty for plain (or no value). */
  static Optional<AnsiStyle> of(String shownPercent) {
    if (shownPercent.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal percent = new BigDecimal(shownPercent);
    if (percent.compareTo(HOT_FROM) >= 0) {
      return Optional.of(AnsiStyle.HOT);
    }
    if (percent.compareTo(WARM_FROM) >= 0) {
      return Optional.of(AnsiStyle.WARM);
    }
    if (percent.compareTo(BigDecimal.ONE) < 0) {
      return Optional.of(AnsiStyle.FAINT);
    }
    return Optional.empty();
  }
}
