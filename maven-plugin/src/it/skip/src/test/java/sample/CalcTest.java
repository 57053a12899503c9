package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class CalcTest {
  @Test
  void runsWithoutTheAgent() {
    String arguments = ManagementFactory.getRuntimeMXBean().getInputArguments().toString();
    assertEquals(false, arguments.contains("jkernprof"), arguments);
    assertEquals(6, Calc.sumTo(4));
  }
}
