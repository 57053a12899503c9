package org.jkernprof;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without the agent (this test JVM has none) every call does nothing and says so. With the agent,
 * the end-to-end tests ({@code ProgrammaticSwitchTest}) cover the same calls.
 */
class JKernprofWithoutAgentTest {
  @TempDir Path dir;

  @Test
  void seesNoAgent() {
    assertFalse(JKernprof.isAgentLoaded());
  }

  @Test
  void enableAndDisableDoNothingAndRecordingStaysOff() {
    JKernprof.enable();
    assertFalse(JKernprof.isEnabled());
    JKernprof.disable();
    assertFalse(JKernprof.isEnabled());
  }

  @Test
  void dumpWritesNothingAndReturnsFalse() throws Exception {
    Path file = dir.resolve("section.lprof");
    assertFalse(JKernprof.dump(file));
    assertFalse(Files.exists(file));
  }
}
