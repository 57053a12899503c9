package org.jkernprof.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats seconds as pstats does, {@code %8.3f} in the columns and {@code %.3f} in the header,
 * rounding like Python: the exact binary value of the double, half to even.
 */
final class PstatsNumbers {
  private static final int COLUMN_WIDTH = 8;

  private PstatsNumbers() {}

  /** {@code nanos} in seconds, as Python's {@code '%.3f' % seconds}. */
  static String seconds(long nanos) {
    return fixed(nanos / 1e9);
  }

  /** {@code '%8.3f' % (nanos in seconds / divisor)}. */
  static String column(long nanos, long divisor) {
    String s = fixed(nanos / 1e9 / divisor);
    return s.length() >= COLUMN_WIDTH ? s : " ".repeat(COLUMN_WIDTH - s.length()) + s;
  }

  /** {@code '%8.3f' % (nanos in seconds)}. */
  static String column(long nanos) {
    return column(nanos, 1);
  }

  private static String fixed(double value) {
    return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** {@code count} right-aligned in {@code width}, or {@code total/primitive} when they differ. */
  static String calls(long total, long primitive, int width) {
    String s = total == primitive ? Long.toString(total) : total + "/" + primitive;
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }
}
