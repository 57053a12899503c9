package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class CalcTest {
  @Test
  void keepsTheFlagsWrittenAfterTheLateArgLine() {
    assertEquals("on", System.getProperty("sample.flag"));
    // Set only by the second invocation's -DargLine: verify.groovy reads it from the log.
    System.out.println("sample.extra=" + System.getProperty("sample.extra"));
  }

  @Test
  void runsWithoutTheAgent() {
    String arguments = ManagementFactory.getRuntimeMXBean().getInputArguments().toString();
    assertEquals(false, arguments.contains("jkernprof"), arguments);
    assertEquals(6, Calc.sumTo(4));
  }
}
