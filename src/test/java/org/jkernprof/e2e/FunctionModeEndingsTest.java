package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jkernprof.e2e.targets.ExitWithCode;
import org.jkernprof.e2e.targets.LoopsUntilKilled;
import org.jkernprof.e2e.targets.UncaughtInMain;
import org.jkernprof.e2e.targets.WaitForSignal;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.ProfReader;
import org.junit.jupiter.api.Test;

/**
 * Function mode ({@code mode=function}, {@code .prof}) keeps its results however the program ends,
 * as line mode does: System.exit, an uncaught exception, SIGTERM to the program, SIGTERM and Ctrl-C
 * to the {@code jkernprof} command, and {@code kill -9} after periodic writes ({@code interval}).
 */
class FunctionModeEndingsTest {
  private static final long WAIT_MILLIS = 60_000;
  private static final long SLEPT_MILLIS = 500;

  @Test
  void systemExitKeepsItsCodeAndTheCalls() throws IOException {
    Path prof = freshResults("exit");
    JvmResult run = runWithAgent(Target.compiledByMaven(ExitWithCode.class), prof, "exit");

    assertEquals(3, run.exitCode, run.describe());
    assertEquals("exiting after 10\n", run.stdout, run.describe());
    assertEquals("", run.stderr, run.describe());
    assertEquals(1, stats(ProfReader.read(prof), "countThenExit").calls());
  }

  @Test
  void anUncaughtExceptionKeepsExitCode1AndTheCallsOfEveryFrameItLeft() throws IOException {
    Path prof = freshResults("uncaught");
    JvmResult run = runWithAgent(Target.compiledByMaven(UncaughtInMain.class), prof, "uncaught");

    assertEquals(1, run.exitCode, run.describe());
    assertTrue(
        run.stderr.startsWith(
            "Exception in thread \"main\" java.lang.IllegalStateException: uncaught on purpose"),
        run.describe());
    FunctionStats explode = stats(ProfReader.read(prof), "explode");
    assertEquals(3, explode.calls());
    assertEquals(1, explode.primitiveCalls());
  }

  @Test
  void sigtermToTheProgramKeepsTheCallStillRunningWithItsTimeSoFar() throws Exception {
    Path prof = freshResults("sigterm");
    Target target = Target.compiledByMaven(WaitForSignal.class);
    List<String> command =
        target.command(
            List.of(
                "-Xverify:all",
                ProfiledRun.agentOption("output=" + prof, "quiet", "mode=function")));
    JvmResult run;
    try (ChildJvm.Started jvm = ChildJvm.start(command, prof.getParent(), "sigterm")) {
      awaitThat(jvm, () -> jvm.stdoutSoFar().contains("ready"), "say it is ready");
      Thread.sleep(SLEPT_MILLIS);
      jvm.process.destroy(); // SIGTERM
      run = awaitEnd(jvm);
    }

    assertEquals(128 + 15, run.exitCode, run.describe());
    assertFalse(run.stderr.contains("jkernprof: "), run.describe());
    FunctionStats wait = stats(ProfReader.read(prof), "workThenWait");
    assertEquals(1, wait.calls());
    assertTrue(
        wait.cumulativeNanos() >= TimeUnit.MILLISECONDS.toNanos(SLEPT_MILLIS),
        "slept until stopped: " + wait.cumulativeNanos());
  }

  @Test
  void sigtermToTheCommandStillWritesAndPrintsTheResults() throws Exception {
    Path folder = Jkernprof.freshFolder("function-stop/sigterm");
    JvmResult run;
    try (ChildJvm.Started command = Jkernprof.start(folder, commandArguments())) {
      awaitThat(command, () -> command.stdoutSoFar().contains("ready"), "say it is ready");
      Thread.sleep(SLEPT_MILLIS);
      command.process.destroy(); // SIGTERM
      run = awaitEnd(command);
    }

    assertEquals(128 + 15, run.exitCode, run.describe());
    assertResultsWrittenAndReported(folder, run);
  }

  @Test
  void ctrlCToTheCommandsProcessGroupStillWritesAndPrintsTheResults() throws Exception {
    assumeTrue(Files.isExecutable(Paths.get("/usr/bin/setsid")), "needs setsid");
    assumeFalse(
        LauncherStopTest.sigintIgnored(), "SIGINT is ignored by this JVM, and so by its children");
    Path folder = Jkernprof.freshFolder("function-stop/ctrl-c");
    List<String> command = new ArrayList<>(List.of("/usr/bin/setsid"));
    command.addAll(Jkernprof.command(commandArguments()));
    JvmResult run;
    try (ChildJvm.Started started =
        ChildJvm.start(Jkernprof.builder(folder, command), folder, "ctrl-c")) {
      awaitThat(started, () -> started.stdoutSoFar().contains("ready"), "say it is ready");
      long group = started.process.pid();
      assertEquals(group, LauncherStopTest.processGroup(group), "the command leads its group");
      Thread.sleep(SLEPT_MILLIS);
      Process kill = new ProcessBuilder("kill", "-INT", "--", "-" + group).inheritIO().start();
      assertEquals(0, kill.waitFor(), "kill -INT -- -" + group);
      run = awaitEnd(started);
    }

    assertEquals(128 + 2, run.exitCode, run.describe());
    assertResultsWrittenAndReported(folder, run);
  }

  @Test
  void resultsWrittenEveryIntervalSurviveKillDashNine() throws Exception {
    Path prof = freshResults("kill-9");
    List<String> command =
        Target.compiledByMaven(LoopsUntilKilled.class)
            .command(
                List.of(
                    ProfiledRun.agentOption(
                        "output=" + prof, "quiet", "mode=function", "interval=0.2")));
    JvmResult run;
    try (ChildJvm.Started jvm = ChildJvm.start(command, prof.getParent(), "kill-9")) {
      awaitThat(jvm, () -> Files.isRegularFile(prof), "write " + prof + " while running");
      FileTime first = Files.getLastModifiedTime(prof);
      awaitThat(jvm, () -> !modifiedTime(prof).equals(first), "rewrite " + prof + " while running");
      jvm.process.destroyForcibly(); // SIGKILL: no shutdown hook runs
      run = awaitEnd(jvm);
    }

    assertEquals(128 + 9, run.exitCode, run.describe());
    assertEquals("", run.stderr, run.describe());
    FunctionStats round = stats(ProfReader.read(prof), "round");
    assertTrue(round.calls() >= 2, "rounds before the kill: " + round.calls());
  }

  private static String[] commandArguments() {
    return new String[] {
      "-v", "-cp", LauncherClassPathTest.classPath(), WaitForSignal.class.getName()
    };
  }

  /** The command wrote its {@code .prof} file and printed the pstats report of it. */
  private static void assertResultsWrittenAndReported(Path folder, JvmResult run)
      throws IOException {
    assertEquals("", run.stderr, run.describe());
    String name = WaitForSignal.class.getName() + ".prof";
    assertTrue(run.stdout.startsWith("ready "), run.describe());
    assertTrue(run.stdout.contains("Wrote profile results to " + name + "\n"), run.describe());
    assertTrue(
        run.stdout.contains(
            "   ncalls  tottime  percall  cumtime  percall filename:lineno(method)"),
        run.describe());
    assertTrue(
        run.stdout.lines().anyMatch(l -> l.endsWith("(WaitForSignal.workThenWait)")),
        run.describe());
    FunctionStats wait = stats(ProfReader.read(folder.resolve(name)), "workThenWait");
    assertEquals(1, wait.calls());
    assertTrue(wait.cumulativeNanos() >= TimeUnit.MILLISECONDS.toNanos(SLEPT_MILLIS));
  }

  private static JvmResult runWithAgent(Target target, Path prof, String name) {
    return ChildJvm.run(
        target.command(
            List.of(
                "-Xverify:all",
                ProfiledRun.agentOption("output=" + prof, "quiet", "mode=function"))),
        prof.getParent(),
        name);
  }

  private static Path freshResults(String name) throws IOException {
    Path dir = BuildPaths.runsDir().resolve("FunctionModeEndingsTest").resolve(name);
    Files.createDirectories(dir);
    Path prof = dir.resolve("x.prof");
    Files.deleteIfExists(prof);
    return prof;
  }

  private static FunctionStats stats(FunctionResults results, String method) {
    return results.functions().stream()
        .filter(f -> f.methodName().equals(method))
        .findFirst()
        .orElseThrow(() -> new AssertionError(method + " not recorded: " + results.functions()));
  }

  private static void awaitThat(ChildJvm.Started jvm, BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (!condition.getAsBoolean()) {
      if (!jvm.process.isAlive()) {
        throw new AssertionError(
            "the program ended before it did " + what + "\n" + jvm.result().describe());
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("the program did not " + what + " in " + WAIT_MILLIS + " ms");
      }
      Thread.sleep(20);
    }
  }

  private static JvmResult awaitEnd(ChildJvm.Started jvm) throws InterruptedException {
    assertTrue(jvm.process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "the program did not end");
    return jvm.result();
  }

  private static FileTime modifiedTime(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
