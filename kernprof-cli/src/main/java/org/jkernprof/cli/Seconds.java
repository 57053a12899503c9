package org.jkernprof.cli;

import java.math.BigDecimal;

/** Seconds as a user typed them: {@code 5}, {@code 2.5}, never {@code 5.0}. */
final class Seconds {
  private Seconds() {}

  static String format(double seconds) {
    return BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString();
  }
}
