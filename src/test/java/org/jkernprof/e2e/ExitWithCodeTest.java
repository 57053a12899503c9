package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jkernprof.e2e.targets.ExitWithCode;
import org.junit.jupiter.api.Test;

/** System.exit(3) inside a profiled method: the results are written and the code is kept. */
class ExitWithCodeTest extends ValidationTestBase {
  ExitWithCodeTest() {
    super(ExitWithCode.class);
  }

  @Test
  void exitCode3IsKept() {
    assertEquals(3, run().plain.exitCode, run().plain.describe());
    assertEquals(3, run().profiled.exitCode, run().profiled.describe());
  }
}
