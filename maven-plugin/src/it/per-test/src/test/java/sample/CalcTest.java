package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalcTest {
  @Test
  void sumsFive() {
    assertEquals(10, Calc.sumTo(5));
  }

  @Test
  void sumsThreeTwice() {
    assertEquals(6, Calc.sumTo(3) + Calc.sumTo(3));
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 7})
  void sums(int n) {
    assertEquals(n * (n - 1) / 2, Calc.sumTo(n));
  }

  @Test
  void profilesNothing() {
    assertEquals(2, 1 + 1);
  }
}
