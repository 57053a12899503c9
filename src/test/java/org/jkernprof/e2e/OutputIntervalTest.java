package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jkernprof.e2e.targets.LoopsUntilKilled;
import org.jkernprof.e2e.targets.PausesAfterRounds;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The agent option {@code interval=SECONDS}: the results file is rewritten while the program runs,
 * so a JVM killed with {@code kill -9}, which runs no shutdown hook, still leaves results.
 */
class OutputIntervalTest {
  private static final double INTERVAL_SECONDS = 0.2;
  private static final long WAIT_MILLIS = 60_000;
  private static final Target TARGET = Target.compiledByMaven(LoopsUntilKilled.class);

  @Test
  void resultsWrittenWhileRunningSurviveKillDashNine() throws Exception {
    Path dir = dirOf("kill-9");
    Path lprof = dir.resolve("x.lprof");
    Files.deleteIfExists(lprof);
    List<String> command =
        TARGET.command(
            List.of(
                "-Xverify:all",
                ProfiledRun.agentOption(
                    "output=" + lprof, "quiet", "interval=" + INTERVAL_SECONDS)));
    JvmResult result;
    try (ChildJvm.Started jvm = ChildJvm.start(command, dir, "profiled")) {
      awaitOutput(jvm, "ready");
      awaitFile(jvm, lprof);
      FileTime first = Files.getLastModifiedTime(lprof);
      Thread.sleep(Math.round(2 * INTERVAL_SECONDS * 1000));
      awaitThat(
          jvm,
          () -> !modifiedTime(lprof).equals(first),
          "rewrite " + lprof + " after it first appeared");
      jvm.process.destroyForcibly(); // SIGKILL: no shutdown hook runs
      assertTrue(jvm.process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "JVM survived kill -9");
      result = jvm.result();
    }
    assertEquals(128 + 9, result.exitCode, result.describe());
    assertFalse(result.stderr.contains("jkernprof: "), result.describe());

    LineResults results = LprofReader.read(lprof);
    MethodProfile round =
        results.methods().stream()
            .filter(m -> m.methodName().equals("round"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no round() in " + results.methods()));
    long hits = round.lines().stream().mapToLong(l -> l.hits()).max().orElse(0);
    assertTrue(hits > 0, "hits recorded before the kill, got " + round.lines());
    assertTrue(round.totalNanos() > 0, round.toString());
    assertTrue(results.run().durationNanos() > 0, results.run().toString());
  }

  /**
   * What ran more than one interval before {@code kill -9} is all in the file: after the program
   * has been idle for two rewrites, the file holds every round it ran, to the hit.
   */
  @Test
  void killDashNineLosesNothingOlderThanOneInterval() throws Exception {
    int rounds = 500;
    Path dir = dirOf("kill-9-after-idle");
    Path lprof = dir.resolve("x.lprof");
    Files.deleteIfExists(lprof);
    List<String> command =
        Target.compiledByMaven(PausesAfterRounds.class)
            .withArgs(String.valueOf(rounds))
            .command(
                List.of(
                    ProfiledRun.agentOption(
                        "output=" + lprof, "quiet", "interval=" + INTERVAL_SECONDS)));
    JvmResult result;
    try (ChildJvm.Started jvm = ChildJvm.start(command, dir, "profiled")) {
      awaitOutput(jvm, "paused after " + rounds + " rounds");
      awaitFile(jvm, lprof);
      // A write under way when the program paused may hold a snapshot taken before; the second
      // rewrite after the pause was taken after it.
      for (int rewrite = 0; rewrite < 2; rewrite++) {
        FileTime before = modifiedTime(lprof);
        awaitThat(jvm, () -> !modifiedTime(lprof).equals(before), "rewrite " + lprof);
      }
      jvm.process.destroyForcibly(); // SIGKILL: no shutdown hook runs
      assertTrue(jvm.process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "JVM survived kill -9");
      result = jvm.result();
    }
    assertEquals(128 + 9, result.exitCode, result.describe());

    MethodProfile round =
        LprofReader.read(lprof).methods().stream()
            .filter(m -> m.methodName().equals("round"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no round() in " + lprof));
    // round(1000): its first line once per call, the loop body 1000 times per call.
    assertEquals(rounds, round.lines().get(0).hits(), round.lines().toString());
    assertEquals(
        1000L * rounds,
        round.lines().stream()
            .filter(l -> l.line() == round.lines().get(0).line() + 2)
            .mapToLong(LineStats::hits)
            .sum(),
        round.lines().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"interval=0", "interval=soon", "interval"})
  void anIntervalThatIsNotAPositiveNumberStopsTheJvmWithOneLine(String option) {
    Path dir = dirOf("bad-" + option.replaceAll("\\W", "_"));
    JvmResult result =
        ChildJvm.run(TARGET.command(List.of(ProfiledRun.agentOption(option))), dir, "profiled");
    assertEquals(2, result.exitCode, result.describe());
    assertEquals("", result.stdout, "the program must not have run\n" + result.describe());
    List<String> lines = result.stderrLines().stream().filter(l -> !l.isBlank()).toList();
    assertEquals(1, lines.size(), result.describe());
    assertTrue(lines.get(0).startsWith("jkernprof: agent option 'interval'"), lines.get(0));
    assertTrue(lines.get(0).contains("positive number of seconds"), lines.get(0));
  }

  private static void awaitOutput(ChildJvm.Started jvm, String text) throws InterruptedException {
    awaitThat(jvm, () -> jvm.stdoutSoFar().contains(text), "say '" + text + "'");
  }

  private static void awaitFile(ChildJvm.Started jvm, Path file) throws InterruptedException {
    awaitThat(jvm, () -> Files.isRegularFile(file), "write " + file + " while running");
  }

  private static void awaitThat(ChildJvm.Started jvm, BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (!condition.getAsBoolean()) {
      if (!jvm.process.isAlive()) {
        throw new AssertionError("the target ended before it did " + what);
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("the target did not " + what + " within " + WAIT_MILLIS + " ms");
      }
      Thread.sleep(20);
    }
  }

  private static FileTime modifiedTime(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path dirOf(String name) {
    return BuildPaths.runsDir().resolve("OutputIntervalTest").resolve(name);
  }
}
