package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalcTest {
  @Test
  void sumsFive() {
    assertEquals(10, Calc.sumTo(5));
  }

  @Test
  void sumsThree() {
    assertEquals(3, Calc.sumTo(3));
  }
}
