package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThirdTest {
  @Test
  void sums() {
    assertEquals(15, Calc.sumTo(6) + Calc.sumTo(1));
  }
}
