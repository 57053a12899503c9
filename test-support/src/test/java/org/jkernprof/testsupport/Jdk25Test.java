package org.jkernprof.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class Jdk25Test {
  @TempDir Path dir;
  private String home;
  private String skip;

  @BeforeEach
  void saveProperties() {
    home = System.getProperty("jkernprof.jdk25");
    skip = System.getProperty("jkernprof.skipJdk25");
  }

  @AfterEach
  void restoreProperties() {
    restore("jkernprof.jdk25", home);
    restore("jkernprof.skipJdk25", skip);
  }

  @Test
  void isAtThePropertysPathElseAtTheDefault() {
    System.clearProperty("jkernprof.jdk25");
    assertEquals(Path.of(Jdk25.DEFAULT_HOME), Jdk25.home());
    System.setProperty("jkernprof.jdk25", dir.toString());
    assertEquals(dir, Jdk25.home());
  }

  @Test
  void aMissingJdkFailsTheTestThatNeedsItUnlessAskedToSkip() {
    System.setProperty("jkernprof.jdk25", dir.resolve("none").toString());
    System.clearProperty("jkernprof.skipJdk25");
    assertFalse(Jdk25.installed());
    AssertionError failed = assertThrows(AssertionError.class, Jdk25::require);
    assertTrue(failed.getMessage().contains("-Djkernprof.jdk25=PATH"), failed.getMessage());

    System.setProperty("jkernprof.skipJdk25", "true");
    assertThrows(TestAbortedException.class, Jdk25::require);
  }

  @Test
  void aJavaHomeIsFoundWhereThePropertyPointsWhateverItsVersion() {
    // The JDK running the tests has a java and a javac too: what require() checks is the layout.
    System.setProperty("jkernprof.jdk25", System.getProperty("java.home"));
    assertTrue(Jdk25.installed(), System.getProperty("java.home"));
    assertEquals(Path.of(System.getProperty("java.home")), Jdk25.require());
  }

  private static void restore(String name, String value) {
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
  }
}
