package org.jkernprof.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * The JDK 25 that tests of newer class files compile and run with, looked up in one place for every
 * module. It is at {@code -Djkernprof.jdk25} (the poms pass it), else at {@value #DEFAULT_HOME}. A
 * test that needs it and finds none fails, saying how to get one, unless {@code
 * -Djkernprof.skipJdk25=true}, which skips it.
 */
public final class Jdk25 {
  /** Where Temurin's Debian package installs it. */
  public static final String DEFAULT_HOME = "/usr/lib/jvm/temurin-25-jdk-amd64";

  private Jdk25() {}

  /** Where the JDK 25 is expected, whether or not it is there. */
  public static Path home() {
    return Paths.get(System.getProperty("jkernprof.jdk25", DEFAULT_HOME));
  }

  /** Whether there is a JDK at {@link #home()}: its {@code java} and {@code javac} both run. */
  public static boolean installed() {
    Path bin = home().resolve("bin");
    return Files.isExecutable(bin.resolve("java")) && Files.isExecutable(bin.resolve("javac"));
  }

  /** Whether tests that need the JDK 25 are to be skipped where it is missing. */
  public static boolean skipWhereMissing() {
    return Boolean.getBoolean("jkernprof.skipJdk25");
  }

  /**
   * The JDK's home, for a test that needs it. Where it is missing, the test is skipped (an aborted
   * assumption) if {@code -Djkernprof.skipJdk25=true}, and fails otherwise.
   */
  public static Path require() {
    if (!installed()) {
      Assumptions.assumeFalse(
          skipWhereMissing(),
          "no JDK 25 at " + home() + "; skipped as -Djkernprof.skipJdk25=true asks");
      throw new AssertionError(
          "no JDK 25 at "
              + home()
              + ": install one there, point -Djkernprof.jdk25=PATH at one, or skip the tests"
              + " that need it with -Djkernprof.skipJdk25=true");
    }
    return home();
  }
}
