package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ByteSizesTest {
  @Test
  void bytesBelowOneKibibyteAreWhole() {
    assertEquals("0 B", ByteSizes.format(0));
    assertEquals("1023 B", ByteSizes.format(1023));
  }

  @Test
  void largerSizesTakeTheLargestUnitWithOneDecimal() {
    assertEquals("1.0 KiB", ByteSizes.format(1024));
    assertEquals("30.3 KiB", ByteSizes.format(31_000));
    assertEquals("10.0 MiB", ByteSizes.format(10L << 20));
    assertEquals("1.5 GiB", ByteSizes.format(3L << 29));
  }

  @Test
  void roundingUpToTheNextUnitShowsTheNextUnit() {
    assertEquals("1.0 MiB", ByteSizes.format((1L << 20) - 1));
  }

  @Test
  void mebibytesHaveThreeDecimalsAsMemoryProfilerWritesThem() {
    assertEquals("38.816 MiB", ByteSizes.mebibytes(40_701_575));
    assertEquals("0.000 MiB", ByteSizes.mebibytes(0));
  }
}
