package org.jkernprof.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A target under {@code resources/jdk25}, compiled by JDK 25's javac with {@code --release 25} and
 * run on JDK 25. The JDK is found at {@code -Djkernprof.jdk25}; if it is missing the test fails,
 * unless {@code -Djkernprof.skipJdk25=true}, which skips it.
 */
final class Jdk25Target {
  private Jdk25Target() {}

  /** Compiles {@code mainClass} into the runs folder {@code runName} and returns it as a target. */
  static Target compile(String mainClass, String runName) {
    Path jdk = home();
    Path source =
        BuildPaths.resourcesDir().resolve("jdk25").resolve(mainClass.replace('.', '/') + ".java");
    Path classes = BuildPaths.runsDir().resolve(runName).resolve("classes");
    TargetCompiler.withJdk(jdk, source, classes, "--release", "25");
    return new Target(
        mainClass, source, List.of(classes, BuildPaths.annotationsClasspath()), jdk, List.of());
  }

  private static Path home() {
    Path jdk =
        Paths.get(System.getProperty("jkernprof.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
    if (!Files.isExecutable(jdk.resolve("bin").resolve("javac"))) {
      Assumptions.assumeFalse(
          Boolean.getBoolean("jkernprof.skipJdk25"),
          "no JDK 25 at " + jdk + "; skipped as -Djkernprof.skipJdk25=true asks");
      throw new IllegalStateException(
          "no JDK 25 at "
              + jdk
              + ": install one there, point -Djkernprof.jdk25=PATH at one, or skip this test"
              + " with -Djkernprof.skipJdk25=true");
    }
    return jdk;
  }
}
