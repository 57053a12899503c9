package org.jkernprof.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The packaged {@code jkernprof} command, run as a user runs it: {@code bash REPO/jkernprof ARGS}
 * in a folder of the test's own. Each run's command and output are kept beside what it wrote, as
 * {@code jkernprof-N.cmd/.out/.err}, for a look after a failure.
 */
final class Jkernprof {
  private static final AtomicInteger RUNS = new AtomicInteger();

  private Jkernprof() {}

  /** A new, empty folder {@code cli/NAME} below the runs folder, for one test's runs. */
  static Path freshFolder(String name) {
    Path folder = BuildPaths.runsDir().resolve("cli").resolve(name);
    try {
      if (Files.exists(folder)) {
        try (Stream<Path> all = Files.walk(folder)) {
          for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a fresh folder " + folder, e);
    }
  }

  /** Runs {@code jkernprof ARGS} in {@code folder} to its end. */
  static JvmResult run(Path folder, String... args) {
    return ChildJvm.run(builder(folder, args), folder, nextName());
  }

  /** Starts {@code jkernprof ARGS} in {@code folder}; the caller ends it. */
  static ChildJvm.Started start(Path folder, String... args) {
    return ChildJvm.start(builder(folder, args), folder, nextName());
  }

  /**
   * Starts {@code jkernprof ARGS} in {@code folder} with {@code JAVA_HOME} at {@code javaHome}: the
   * launcher runs the command on that JDK.
   */
  static ChildJvm.Started start(Path javaHome, Path folder, String... args) {
    ProcessBuilder builder = builder(folder, args);
    builder.environment().put("JAVA_HOME", javaHome.toString());
    return ChildJvm.start(builder, folder, nextName());
  }

  /**
   * {@code jkernprof view ARGS} in {@code folder}, which must succeed and print nothing but the
   * report; the report, read back.
   */
  static LineReport view(Path folder, String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "view";
    System.arraycopy(args, 0, command, 1, args.length);
    JvmResult result = run(folder, command);
    if (result.exitCode != 0 || !result.stderr.isEmpty()) {
      throw new AssertionError("jkernprof view failed\n" + result.describe());
    }
    return LineReport.parse(result.stdout);
  }

  /** {@code bash LAUNCHER ARGS}. */
  static List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add(BuildPaths.launcher().toString());
    command.addAll(List.of(args));
    return command;
  }

  private static ProcessBuilder builder(Path folder, String... args) {
    return builder(folder, command(args));
  }

  /** A builder for {@code command} in {@code folder}, whose environment cannot sway the results. */
  static ProcessBuilder builder(Path folder, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    Map<String, String> environment = builder.environment();
    // The launcher runs $JAVA_HOME/bin/java: the JDK these tests run on.
    environment.put("JAVA_HOME", BuildPaths.currentJavaHome().toString());
    // Without -cp the command reads $CLASSPATH; with JKERNPROF_DEBUG it prints stack traces; the
    // JVM announces *_JAVA_OPTIONS on standard error. None of them may change what is asserted.
    environment.remove("CLASSPATH");
    environment.remove("JKERNPROF_DEBUG");
    environment.remove("JKERNPROF");
    environment.remove("JAVA_TOOL_OPTIONS");
    environment.remove("JDK_JAVA_OPTIONS");
    environment.remove("_JAVA_OPTIONS");
    return builder;
  }

  private static String nextName() {
    return "jkernprof-" + RUNS.incrementAndGet();
  }
}
