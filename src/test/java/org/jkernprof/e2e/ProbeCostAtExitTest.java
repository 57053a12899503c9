package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.jkernprof.e2e.targets.CheapLines;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * At exit, the agent measures what its probes cost in the run and the results take it out of every
 * line: a program of lines of one arithmetic step, run for over a second, is shown at a fraction of
 * its measured time, the calibration's own code is never among the results, and the agent says that
 * its probes took most of the run. A run too small to be worth the measurement keeps measured times
 * and says nothing. Isolated: the measured times are compared within each run.
 */
@Isolated
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProbeCostAtExitTest {
  private static final String FUNCTION = "CheapLines.steps(long, int)";

  private Path folder;
  private JvmResult longRun;
  private JvmResult shortRun;

  @BeforeAll
  void profileBothRuns() {
    folder = Jkernprof.freshFolder("probe-cost-at-exit");
    longRun = profile("long", "long.lprof");
    shortRun = profile("short", "short.lprof");
  }

  private JvmResult profile(String mode, String output) {
    JvmResult result =
        Jkernprof.run(
            folder,
            "-l",
            "-o",
            output,
            "-cp",
            LauncherClassPathTest.classPath(),
            CheapLines.class.getName(),
            mode);
    assertEquals(0, result.exitCode, result.describe());
    return result;
  }

  @Test
  void eachCheapLineIsShownLessTheProbesItPaidFor() throws IOException {
    LineResults results = LprofReader.read(folder.resolve("long.lprof"));
    assertEquals(1, results.calibrations().size(), "one measurement of this run's probes");
    MethodProfile steps = method(results);
    for (LineStats line : steps.lines()) {
      if (line.hits() > 1000) {
        double measured = (double) line.nanos() / line.hits();
        double shown = (double) line.nanosLessProbes() / line.hits();
        // A probe costs tens of nanoseconds; one arithmetic step well under one.
        assertTrue(
            shown < measured / 2,
            "line " + line.line() + ": " + shown + " ns per hit shown, " + measured + " measured");
      }
    }
    assertTrue(steps.totalNanosLessProbes() < steps.totalNanos() / 2, steps.toString());
  }

  @Test
  void theReportSaysWhatItTookOut() {
    LineReport report =
        Jkernprof.view(folder, "--source-path", BuildPaths.sourceDir().toString(), "long.lprof");
    assertTrue(report.lessPerEventNanos().isPresent(), "the header names the cost taken out");
    assertEquals(java.util.List.of(FUNCTION), report.functions());
  }

  @Test
  void theCalibrationsOwnCodeIsNeverAmongTheResults() throws IOException {
    LineResults results = LprofReader.read(folder.resolve("long.lprof"));
    for (MethodProfile m : results.methods()) {
      assertFalse(m.className().startsWith("org.jkernprof.agent"), m.className());
    }
    assertFalse(longRun.stdout.contains("CalibrationLoops"), longRun.describe());
  }

  @Test
  void theAgentSaysWhenItsProbesTookMostOfTheRun() {
    assertTrue(
        longRun.stderrLines().stream()
            .anyMatch(l -> l.startsWith("jkernprof: the profiler's own probes took about ")),
        longRun.describe());
  }

  @Test
  void aRunTooSmallToBeWorthMeasuringKeepsMeasuredTimesAndSaysNothing() throws IOException {
    LineResults results = LprofReader.read(folder.resolve("short.lprof"));
    assertFalse(results.hasProbeTimes(), "no calibration for 50,000 line events in a moment");
    assertEquals(10_000, method(results).lines().get(1).hits());
    assertFalse(shortRun.stderr.contains("probes took"), shortRun.describe());
  }

  private static MethodProfile method(LineResults results) {
    return results.methods().stream()
        .filter(m -> m.methodName().equals("steps"))
        .findFirst()
        .orElseThrow();
  }
}
