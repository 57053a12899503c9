package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkernprof.e2e.targets.UncaughtInMain;
import org.junit.jupiter.api.Test;

/**
 * An exception that leaves main: exit code 1, and the same stack trace (same line numbers) as
 * without the agent, which the base class compares; the results are still written.
 */
class UncaughtExceptionTest extends ValidationTestBase {
  UncaughtExceptionTest() {
    super(UncaughtInMain.class);
  }

  @Test
  void exitCode1AndTheUsualStackTraceAreKept() {
    assertEquals(1, run().profiled.exitCode, run().profiled.describe());
    String trace = run().profiledStderrWithoutAgentLines();
    assertTrue(
        trace.startsWith(
            "Exception in thread \"main\" java.lang.IllegalStateException: uncaught on purpose"),
        trace);
    assertTrue(
        trace.contains("at " + UncaughtInMain.class.getName() + ".explode(UncaughtInMain.java:"),
        trace);
    assertTrue(
        trace.contains("at " + UncaughtInMain.class.getName() + ".main(UncaughtInMain.java:"),
        trace);
  }
}
