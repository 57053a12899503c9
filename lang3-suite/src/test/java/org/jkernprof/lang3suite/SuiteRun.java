package org.jkernprof.lang3suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of the lang3 suite in a child JVM: how its tests ended, how long the JVM took from start
 * to exit, and its console output.
 */
record SuiteRun(TestOutcomes outcomes, Duration wallTime, Path log) {
  /**
   * The JVM options lang3's own build gives its tests on Java 9 and later: its heap and the {@code
   * --add-opens} its reflection tests need (profile {@code java9+} of its pom).
   */
  static final List<String> LANG3_JVM_OPTIONS =
      List.of(
          "-Xmx512m",
          "--add-opens",
          "java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens",
          "java.base/java.lang=ALL-UNNAMED",
          "--add-opens",
          "java.base/java.util=ALL-UNNAMED",
          "--add-opens",
          "java.base/java.time=ALL-UNNAMED",
          "--add-opens",
          "java.base/java.time.chrono=ALL-UNNAMED");

  private static final Duration TIME_LIMIT = Duration.ofMinutes(60);

  /**
   * Runs {@link SuiteMain} over {@code testsJar} in {@code workDir}, with {@code agentOptions}
   * (empty for none) before lang3's own JVM options; output goes to {@code NAME.log} and the
   * outcomes to {@code NAME.outcomes} in {@code runsDir}.
   */
  static SuiteRun run(
      String name,
      List<String> agentOptions,
      String classPath,
      Path testsJar,
      Path workDir,
      Path runsDir)
      throws IOException, InterruptedException {
    Path outcomesFile = runsDir.resolve(name + ".outcomes");
    Path log = runsDir.resolve(name + ".log");
    Files.deleteIfExists(outcomesFile);
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(agentOptions);
    command.addAll(LANG3_JVM_OPTIONS);
    command.add("-cp");
    command.add(classPath);
    command.add(SuiteMain.class.getName());
    command.add(testsJar.toString());
    command.add(outcomesFile.toString());
    Files.write(
        runsDir.resolve(name + ".command"),
        List.of(String.join(" ", command)),
        StandardCharsets.UTF_8);
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(TIME_LIMIT.toMinutes(), TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException(name + " run did not end in " + TIME_LIMIT + ", see " + log);
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - start);
    if (process.exitValue() != 0 || !Files.exists(outcomesFile)) {
      throw new IllegalStateException(
          name
              + " run ended with exit code "
              + process.exitValue()
              + " and no outcomes, see "
              + log);
    }
    return new SuiteRun(TestOutcomes.read(outcomesFile), wall, log);
  }
}
