package org.jkernprof.e2e;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jkernprof.Profile;

/**
 * Where the build put what these tests need. The pom passes each path as a system property; the
 * defaults are the same paths relative to this module, for runs started from an IDE.
 */
final class BuildPaths {
  private BuildPaths() {}

  /** The packaged agent; failing here means the instrumenter module was not packaged yet. */
  static Path agentJar() {
    Path jar = path("jkernprof.agentJar", "../../instrumenter/target/jkernprof-agent.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "the agent jar "
              + jar
              + " does not exist: run `mvn verify` from the repository root, which packages the"
              + " instrumenter module before these tests run");
    }
    return jar;
  }

  /** The {@code jkernprof} launcher script at the repository root, as users run it. */
  static Path launcher() {
    Path script = path("jkernprof.launcher", "../../jkernprof");
    requireBuilt(script, "the launcher script");
    requireBuilt(cliJar(), "the packaged command line, which the launcher runs,");
    return script;
  }

  /** The packaged command line: the launcher runs it, and finds the agent beside it. */
  static Path cliJar() {
    return path("jkernprof.cliJar", "../../kernprof-cli/target/jkernprof.jar");
  }

  /** The packaged demo, a runnable jar. */
  static Path demoJar() {
    Path jar = path("jkernprof.demoJar", "../../demo/target/demo.jar");
    requireBuilt(jar, "the demo jar");
    return jar;
  }

  /** The packaged benchmarks, whose jar also holds the known-cost program. */
  static Path benchmarksJar() {
    Path jar = path("jkernprof.benchmarksJar", "../../benchmarks/target/benchmarks.jar");
    requireBuilt(jar, "the benchmarks jar");
    return jar;
  }

  /** The benchmarks' sources, where the Maven layout around their jar puts them. */
  static Path benchmarksSourceRoot() {
    return benchmarksJar().getParent().getParent().resolve("src/main/java");
  }

  /** The demo's sources, where the Maven layout around its jar puts them. */
  static Path demoSourceRoot() {
    return demoJar().getParent().getParent().resolve("src/main/java");
  }

  /** The folder of this module's test sources, where the targets' hit comments are read. */
  static Path sourceDir() {
    return path("jkernprof.sourceDir", "java");
  }

  /** The folder of sources compiled at test time (by other compilers or options). */
  static Path resourcesDir() {
    return path("jkernprof.resourcesDir", "resources");
  }

  /** The compiled targets. */
  static Path testClasses() {
    return path("jkernprof.testClasses", "target/test-classes");
  }

  /** Where each child JVM's output and results file are kept, for a look after a failure. */
  static Path runsDir() {
    return path("jkernprof.runsDir", "target/e2e-runs");
  }

  /** The JDK the tests run on (17), used for child JVMs unless a test says otherwise. */
  static Path currentJavaHome() {
    return Paths.get(System.getProperty("java.home"));
  }

  /** The annotations the targets were compiled against: a folder or a jar. */
  static Path annotationsClasspath() {
    try {
      return Paths.get(Profile.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the @Profile annotation's classes", e);
    }
  }

  private static void requireBuilt(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          what
              + " "
              + file
              + " does not exist: run `mvn verify` from the repository root, which packages it"
              + " before these tests run");
    }
  }

  private static Path path(String property, String fallback) {
    return Paths.get(System.getProperty(property, fallback)).toAbsolutePath().normalize();
  }
}
