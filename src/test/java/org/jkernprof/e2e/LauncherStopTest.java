package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkernprof.e2e.targets.WaitForSignal;
import org.jkernprof.results.LprofReader;
import org.junit.jupiter.api.Test;

/**
 * Stopping the command while the profiled program sleeps, as a user does: the command stops the
 * program, which still writes its results, prints the report, and ends as a JVM ends on that
 * signal. The launcher execs the command's JVM, so signals sent to it reach that JVM.
 */
class LauncherStopTest {
  private static final long WAIT_MILLIS = 60_000;

  /** How long the program sleeps before it is stopped, at least. */
  private static final long SLEPT_MILLIS = 500;

  private final Target target = Target.compiledByMaven(WaitForSignal.class);

  @Test
  void sigtermToTheCommandStillWritesAndPrintsTheResults() throws Exception {
    Path folder = Jkernprof.freshFolder("stop/sigterm");
    JvmResult result;
    try (ChildJvm.Started command = Jkernprof.start(folder, arguments())) {
      awaitReady(command);
      Thread.sleep(SLEPT_MILLIS);
      command.process.destroy(); // SIGTERM
      result = awaitEnd(command);
    }
    assertEquals(128 + 15, result.exitCode, result.describe());
    assertResultsWrittenAndReported(folder, result);
  }

  /**
   * Ctrl-C: the terminal sends SIGINT to the whole foreground process group, so the command and the
   * program get it at the same time.
   */
  @Test
  void ctrlCToTheProcessGroupStillWritesAndPrintsTheResults() throws Exception {
    assumeTrue(Files.isExecutable(Paths.get("/usr/bin/setsid")), "needs setsid");
    // A JVM started with SIGINT ignored (say, by a script's '&') keeps ignoring it.
    assumeFalse(sigintIgnored(), "SIGINT is ignored by this JVM, and so by its children");
    Path folder = Jkernprof.freshFolder("stop/ctrl-c");
    List<String> command = new ArrayList<>(List.of("/usr/bin/setsid"));
    command.addAll(Jkernprof.command(arguments()));
    JvmResult result;
    try (ChildJvm.Started started =
        ChildJvm.start(Jkernprof.builder(folder, command), folder, "ctrl-c")) {
      awaitReady(started);
      // setsid made the launcher, now the command's JVM, the leader of a new process group.
      long group = started.process.pid();
      assertEquals(group, processGroup(group), "the command leads its own process group");
      Thread.sleep(SLEPT_MILLIS);
      Process kill = new ProcessBuilder("kill", "-INT", "--", "-" + group).inheritIO().start();
      assertEquals(0, kill.waitFor(), "kill -INT -- -" + group);
      result = awaitEnd(started);
    }
    assertEquals(128 + 2, result.exitCode, result.describe());
    assertResultsWrittenAndReported(folder, result);
  }

  private String[] arguments() {
    return new String[] {
      "-l",
      "-v",
      "--source-path",
      BuildPaths.sourceDir().toString(),
      "-cp",
      LauncherClassPathTest.classPath(),
      target.mainClass
    };
  }

  private void assertResultsWrittenAndReported(Path folder, JvmResult result) throws IOException {
    assertEquals("", result.stderr, result.describe());
    ProfileCommandOutput out = ProfileCommandOutput.of(result);
    assertEquals(1, out.programLines().size(), result.describe());
    assertTrue(out.programLines().get(0).startsWith("ready "), result.describe());
    assertEquals(WaitForSignal.class.getName() + ".lprof", out.resultsFile());
    Path results = folder.resolve(out.resultsFile());
    assertTrue(Files.isRegularFile(results), result.describe());
    HitsVerifier.verify(target.source, LprofReader.read(results), target.topLevelClass());

    LineReport.Method method = out.report().method("WaitForSignal.workThenWait()");
    ReportChecks.showsItsDeclaration(method, JavaSource.read(target.source), folder);
    ReportChecks.hitsAsCommented(method);
    ReportChecks.perHitIsTimeOverHits(method);
    LineReport.Row sleep = method.rowContaining("Thread.sleep(");
    assertEquals(1L, sleep.hits(), sleep.toString());
    // The line still running when the signal came keeps its time so far.
    BigDecimal sleptMicros = BigDecimal.valueOf(SLEPT_MILLIS * 1000);
    assertTrue(sleep.time().compareTo(sleptMicros) >= 0, "slept until stopped: " + sleep);
  }

  private static void awaitReady(ChildJvm.Started command) throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (!command.stdoutSoFar().contains("ready")) {
      if (!command.process.isAlive()) {
        throw new AssertionError("the command ended early\n" + command.result().describe());
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("the program did not say it was ready in " + WAIT_MILLIS + " ms");
      }
      Thread.sleep(20);
    }
  }

  private static JvmResult awaitEnd(ChildJvm.Started command) throws InterruptedException {
    assertTrue(
        command.process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS),
        "the command did not end on the signal\n" + command.stdoutSoFar());
    return command.result();
  }

  /** The process group of {@code pid}: the fifth field of {@code /proc/PID/stat}. */
  static long processGroup(long pid) throws IOException {
    String stat = Files.readString(Paths.get("/proc/" + pid + "/stat"));
    // "PID (COMMAND) STATE PPID PGRP ...": the command may hold blanks and parentheses.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[2]);
  }

  /** Whether SIGINT (signal 2) is in this process's mask of ignored signals. */
  static boolean sigintIgnored() throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
      if (line.startsWith("SigIgn:")) {
        return new BigInteger(line.substring("SigIgn:".length()).strip(), 16).testBit(2 - 1);
      }
    }
    return false;
  }
}
