package org.jkernprof.e2e;

import java.nio.file.Path;
import java.util.List;
import org.jkernprof.testsupport.Jdk25;

/**
 * A target under {@code resources/jdk25}, compiled by JDK 25's javac with {@code --release 25} and
 * run on JDK 25. The JDK is found as {@link Jdk25} says: if it is missing the test fails, unless
 * {@code -Djkernprof.skipJdk25=true}, which skips it.
 */
final class Jdk25Target {
  private Jdk25Target() {}

  /** Compiles {@code mainClass} into the runs folder {@code runName} and returns it as a target. */
  static Target compile(String mainClass, String runName) {
    Path jdk = Jdk25.require();
    Path source =
        BuildPaths.resourcesDir().resolve("jdk25").resolve(mainClass.replace('.', '/') + ".java");
    Path classes = BuildPaths.runsDir().resolve(runName).resolve("classes");
    TargetCompiler.withJdk(jdk, source, classes, "--release", "25");
    return new Target(
        mainClass, source, List.of(classes, BuildPaths.annotationsClasspath()), jdk, List.of());
  }
}
