package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FirstTest {
  @Test
  void sums() {
    assertEquals(13, Calc.sumTo(5) + Calc.sumTo(3));
  }
}
