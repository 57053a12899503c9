package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code jkernprof --help} and {@code --version} through the launcher. */
class LauncherHelpTest {
  @Test
  void helpDescribesProfilingAndView() {
    JvmResult result = Jkernprof.run(Jkernprof.freshFolder("help"), "--help");
    assertEquals(0, result.exitCode, result.describe());
    assertEquals("", result.stderr, result.describe());
    assertTrue(result.stdout.startsWith("Usage: jkernprof [-l] [-v] "), result.describe());
    assertTrue(result.stdout.contains("jkernprof view "), result.describe());
    assertTrue(result.stdout.contains("-l, --line-by-line"), result.describe());
  }

  @Test
  void versionPrintsTheVersion() {
    JvmResult result = Jkernprof.run(Jkernprof.freshFolder("version"), "--version");
    assertEquals(0, result.exitCode, result.describe());
    assertEquals("", result.stderr, result.describe());
    assertTrue(
        result.stdout.matches("jkernprof \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), result.describe());
  }
}
