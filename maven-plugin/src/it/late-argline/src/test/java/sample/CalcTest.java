package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalcTest {
  @Test
  void keepsTheFlagsWrittenAfterTheLateArgLine() {
    assertEquals("on", System.getProperty("sample.flag"));
  }

  @Test
  void sumsFour() {
    assertEquals(6, Calc.sumTo(4));
  }

  @Test
  void sumsSix() {
    assertEquals(15, Calc.sumTo(6));
  }
}
