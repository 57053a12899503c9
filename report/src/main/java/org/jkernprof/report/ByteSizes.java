package org.jkernprof.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Byte counts as people read them: {@code 512 B}, {@code 12.5 KiB}, {@code 10.0 MiB}, {@code 1.2
 * GiB} (powers of 1024, one decimal above bytes).
 */
final class ByteSizes {
  private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

  private ByteSizes() {}

  static String format(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    BigDecimal value = BigDecimal.valueOf(bytes);
    BigDecimal kibi = BigDecimal.valueOf(1024);
    int unit = -1;
    // Round first, so 1048575 bytes reads 1.0 MiB rather than 1024.0 KiB.
    while (unit + 1 < UNITS.length
        && value.setScale(1, RoundingMode.HALF_EVEN).compareTo(kibi) >= 0) {
      value = value.divide(kibi);
      unit++;
    }
    return value.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " " + UNITS[unit];
  }

  /** Mebibytes with three decimals, as memory_profiler writes them: {@code 38.816 MiB}. */
  static String mebibytes(long bytes) {
    return BigDecimal.valueOf(bytes)
            .divide(BigDecimal.valueOf(1024 * 1024))
            .setScale(3, RoundingMode.HALF_EVEN)
            .toPlainString()
        + " MiB";
  }
}
