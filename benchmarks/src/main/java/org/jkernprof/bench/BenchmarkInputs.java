package org.jkernprof.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files the benchmarks use, found from where {@code benchmarks.jar} lies in the build tree
 * ({@code benchmarks/target/}), so the command works from any folder: the agent and CLI jars the
 * reactor built, the repository's {@code jkernprof} script, and what Maven copied to {@code
 * benchmarks/target/benchmark-inputs/} (JaCoCo's agent and the corpus of class files). {@code
 * -Djkernprof.agent=...} names another agent jar.
 */
final class BenchmarkInputs {
  final Path benchmarksJar;
  final Path agentJar;
  final Path cliJar;

  /** The {@code jkernprof} script users run, which runs {@link #cliJar}. */
  final Path launcher;

  final Path jacocoAgent;
  final Path corpusFolder;

  /** The whole-library benchmark's library and its oracle, from Maven Central. */
  final Path jsoupJar;

  final Path asyncProfilerJar;

  /** The repository's root, whose sources the whole-library benchmark makes its pages of. */
  final Path sourceRoot;

  /**
   * A JDK 25 for the configurations that need one ({@code -Djkernprof.jdk25=...}, else Temurin 25
   * where Debian puts it); null if there is none.
   */
  final Path jdk25;

  private BenchmarkInputs(Path benchmarksJar) {
    this.benchmarksJar = benchmarksJar;
    Path target = benchmarksJar.getParent();
    Path root = target.getParent().getParent();
    agentJar = property("jkernprof.agent", root.resolve("instrumenter/target/jkernprof-agent.jar"));
    cliJar = root.resolve("kernprof-cli/target/jkernprof.jar");
    launcher = root.resolve("jkernprof");
    jacocoAgent = target.resolve("benchmark-inputs/jacocoagent.jar");
    corpusFolder = target.resolve("benchmark-inputs/corpus");
    jsoupJar = target.resolve("benchmark-inputs/library/jsoup.jar");
    asyncProfilerJar = target.resolve("benchmark-inputs/library/async-profiler.jar");
    sourceRoot = root;
    Path java25 = property("jkernprof.jdk25", Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"));
    jdk25 = Files.isExecutable(java25.resolve("bin/java")) ? java25 : null;
  }

  /**
   * The inputs around the running {@code benchmarks.jar}; fails with a line saying what is missing.
   */
  static BenchmarkInputs find() {
    Path jar;
    try {
      jar =
          Path.of(
              BenchmarkInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new IllegalStateException("cannot tell where benchmarks.jar is: " + e.getMessage());
    }
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "run the benchmarks from their jar: java -jar benchmarks/target/benchmarks.jar");
    }
    BenchmarkInputs inputs = new BenchmarkInputs(jar.toAbsolutePath());
    for (Path needed :
        List.of(
            inputs.agentJar,
            inputs.cliJar,
            inputs.launcher,
            inputs.jacocoAgent,
            inputs.jsoupJar,
            inputs.asyncProfilerJar)) {
      if (!Files.isRegularFile(needed)) {
        throw new IllegalStateException(
            needed
                + " not found; build first: mvn -q package -DskipTests"
                + " -pl benchmarks,kernprof-cli -am");
      }
    }
    return inputs;
  }

  /** The corpus jars, by name. */
  List<Path> corpusJars() {
    try (Stream<Path> files = Files.list(corpusFolder)) {
      List<Path> jars = new ArrayList<>();
      files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(jars::add);
      return jars;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the corpus in " + corpusFolder, e);
    }
  }

  /** A class path of the agent jar and then this jar, for children that call the agent's API. */
  String agentClassPath() {
    return agentJar + java.io.File.pathSeparator + benchmarksJar;
  }

  private static Path property(String name, Path otherwise) {
    String value = System.getProperty(name);
    return (value == null ? otherwise : Path.of(value)).toAbsolutePath().normalize();
  }
}
