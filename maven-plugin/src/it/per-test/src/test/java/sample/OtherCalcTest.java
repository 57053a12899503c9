package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OtherCalcTest {
  @Test
  void sumsTen() {
    assertEquals(45, Calc.sumTo(10));
  }
}
