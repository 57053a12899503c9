package org.jkernprof.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats numbers as Python's {@code '%g' % x} does, so the report's "Timer unit" and "Total time"
 * read exactly like line_profiler's: six significant digits, trailing zeros dropped, scientific
 * notation with a two-digit signed exponent when the exponent is below -4 or at least 6 ({@code
 * 1e-06}, {@code 0.17094}, {@code 1.23457e+06}).
 */
final class PythonGFormat {
  private static final int PRECISION = 6;
  // Python rounds the exact binary value half-to-even; BigDecimal(double) keeps that exact value.
  private static final MathContext SIGNIFICANT = new MathContext(PRECISION, RoundingMode.HALF_EVEN);

  private PythonGFormat() {}

  static String format(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    String sign = value < 0 || (value == 0 && 1 / value < 0) ? "-" : "";
    return sign + formatMagnitude(new BigDecimal(Math.abs(value)));
  }

  static String format(BigDecimal value) {
    return (value.signum() < 0 ? "-" : "") + formatMagnitude(value.abs());
  }

  private static String formatMagnitude(BigDecimal magnitude) {
    if (magnitude.signum() == 0) {
      return "0";
    }
    BigDecimal rounded = magnitude.round(SIGNIFICANT);
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent >= -4 && exponent < PRECISION) {
      return rounded.stripTrailingZeros().toPlainString();
    }
    String mantissa = rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
    int absExponent = Math.abs(exponent);
    return mantissa + (exponent < 0 ? "e-" : "e+") + (absExponent < 10 ? "0" : "") + absExponent;
  }
}
