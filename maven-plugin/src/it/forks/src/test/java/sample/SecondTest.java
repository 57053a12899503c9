package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecondTest {
  @Test
  void sums() {
    assertEquals(7, Calc.sumTo(4) + Calc.sumTo(2));
  }
}
