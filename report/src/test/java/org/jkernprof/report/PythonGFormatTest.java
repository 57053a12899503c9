package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The expected strings are what Python 3's {@code '%g' % x} prints for the same doubles. */
class PythonGFormatTest {

  @ParameterizedTest(name = "%g of {0} is {1}")
  @CsvSource({
    "1e-06, 1e-06",
    "0.17094, 0.17094",
    "1.01839, 1.01839",
    "1e-09, 1e-09",
    "1, 1",
    "0.5, 0.5",
    "123456, 123456",
    "1234567, 1.23457e+06",
    "0.0001, 0.0001",
    "0.00001234, 1.234e-05",
    "1e-05, 1e-05",
    "0.000123456789, 0.000123457",
    "100000, 100000",
    "999999.5, 1e+06",
    "9999995, 1e+07",
    "1e16, 1e+16",
    "1e300, 1e+300",
    "4.9e-324, 4.94066e-324",
    "0.001, 0.001",
    "2.5, 2.5",
    "0.125, 0.125",
    "0, 0",
    "-0.5, -0.5",
    "-0.0, -0",
  })
  void formatsDoublesLikePython(double value, String expected) {
    assertEquals(expected, PythonGFormat.format(value));
  }

  @ParameterizedTest(name = "%g of {0} is {1}")
  @CsvSource({
    // Halves round to even on the exact binary value, as Python does.
    "1234565, 1.23456e+06",
    "1234575, 1.23458e+06",
    "123456.5, 123456",
    "9.999995e-05, 0.0001",
  })
  void roundsTheExactBinaryValueHalfToEven(double value, String expected) {
    assertEquals(expected, PythonGFormat.format(value));
  }

  @Test
  void formatsExactDecimalSeconds() {
    // Nanoseconds are exact decimals, so 0.1709395 s rounds up; Python's nearest double to it is
    // slightly smaller and prints 0.170939.
    assertEquals("0.17094", PythonGFormat.format(BigDecimal.valueOf(170_939_500, 9)));
    assertEquals("1.01839", PythonGFormat.format(BigDecimal.valueOf(1_018_393_600, 9)));
    assertEquals("9.22337e+09", PythonGFormat.format(BigDecimal.valueOf(Long.MAX_VALUE, 9)));
    assertEquals("1e-09", PythonGFormat.format(BigDecimal.valueOf(1, 9)));
    assertEquals("0", PythonGFormat.format(BigDecimal.valueOf(0, 9)));
  }

  @Test
  void spellsNonFiniteValuesLikePython() {
    assertEquals("inf", PythonGFormat.format(Double.POSITIVE_INFINITY));
    assertEquals("-inf", PythonGFormat.format(Double.NEGATIVE_INFINITY));
    assertEquals("nan", PythonGFormat.format(Double.NaN));
  }
}
