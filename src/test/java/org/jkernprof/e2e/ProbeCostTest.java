package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jkernprof.e2e.targets.ProbeCost;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.ProfReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Function mode on a real JVM tells the truth about cheap calls: a parent doing known work per step
 * and calling a cheap child per step. Its unprofiled twin, run interleaved in the same JVM, gives
 * the true time per call; the report less the measured probe cost must come near it, the times as
 * measured ({@code --raw}) must not. Ratios within one run, with generous bounds: no absolute
 * timing.
 *
 * <p>The probe cost is CPU time, the times are wall time: when the program's thread waits for a CPU
 * part of the time (a share s of its time on one), every wall time stretches by 1/s, the probes'
 * too, and the cost subtracted falls short by that much. Less the cost the parent then takes about
 * {@code 1 + (raw - 1)(1/s - 1)} times its true time, raw being the ratio as measured; the test
 * expects that, runs the program with no other JVM of the tests beside it, and repeats the run (up
 * to {@value #RUNS} times) until the thread had a CPU for at least {@value #CPU_SHARE} of its time;
 * it is skipped if it never did (other work on the machine).
 */
class ProbeCostTest {
  private static final int RUNS = 5;
  private static final double CPU_SHARE = 0.8;

  private static final Target TARGET = Target.compiledByMaven(ProbeCost.class);
  private static final String BARE = ProbeCost.class.getName() + "#bare*";

  private static Path folder;
  private static Path prof;
  private static JvmResult run;
  private static FunctionResults results;
  private static double truePerCall;
  private static double cpuShare;

  @BeforeAll
  static void runTheTargetUnderTheAgent() throws Exception {
    folder = Jkernprof.freshFolder("ProbeCostTest");
    prof = folder.resolve("probe-cost.prof");
    cpuShare = 0;
    for (int attempt = 1; attempt <= RUNS && cpuShare < CPU_SHARE; attempt++) {
      run =
          ChildJvm.runAlone(
              TARGET.command(
                  List.of(
                      ProfiledRun.agentOption(
                          "mode=function", "output=" + prof, "quiet", "exclude=" + BARE))),
              folder,
              "profiled-" + attempt);
      assertEquals(0, run.exitCode, run.describe());
      String[] bare = run.stdout.trim().split(" ");
      assertEquals("bare:", bare[0], run.stdout);
      truePerCall = Double.parseDouble(bare[2]) / Double.parseDouble(bare[1]);
      cpuShare = Double.parseDouble(bare[3]);
    }
    assumeTrue(
        cpuShare >= CPU_SHARE,
        "the machine is too busy to compare wall times: the program's thread had a CPU for "
            + cpuShare
            + " of its time");
    results = ProfReader.read(prof);
  }

  @Test
  void theRunMeasuredItsProbeCostAndLeftTheCalibrationOut() {
    assertEquals(1, results.probeCosts().measured().size(), results.probeCosts().toString());
    double perCall = results.probeCosts().measured().get(0).perCallNanos();
    assertTrue(perCall > 2 && perCall < 5_000, "per call: " + perCall);
    for (FunctionStats f : results.functions()) {
      assertTrue(!f.className().startsWith("org.jkernprof.agent"), f.toString());
      assertTrue(!f.methodName().startsWith("bare"), f.toString());
    }
  }

  @Test
  void lessTheProbeCostTheParentTakesAboutItsTrueTime() {
    FunctionStats raw = parent(results);
    FunctionStats less = parent(results.lessProbeCost());
    double cumulative =
        ratio(less.cumulativeNanos() / (double) less.primitiveCalls())
            / stretched(ratio(raw.cumulativeNanos() / (double) raw.primitiveCalls()));
    double own =
        ratio(less.totalNanos() / (double) less.calls())
            / stretched(ratio(raw.totalNanos() / (double) raw.calls()));
    // Below 1 is usual: the cost is measured with probes back to back, and in the parent the CPU
    // overlaps part of it with the parent's own work (0.72 to 0.90 of the true time, quiet
    // machine).
    assertTrue(cumulative > 0.5 && cumulative < 1.35, "cumulative / expected: " + describe());
    assertTrue(own > 0.4 && own < 1.25, "own / expected: " + describe());
  }

  /** What the true time becomes, less a CPU cost, with wall times stretched by 1 / cpuShare. */
  private static double stretched(double rawRatio) {
    return 1 + (rawRatio - 1) * (1 / cpuShare - 1);
  }

  @Test
  void asMeasuredTheParentLooksFarSlowerThanItIs() {
    FunctionStats parent = parent(results);
    double cumulative = ratio(parent.cumulativeNanos() / (double) parent.primitiveCalls());
    double own = ratio(parent.totalNanos() / (double) parent.calls());
    assertTrue(cumulative > 1.5, "cumulative / true: " + describe());
    assertTrue(own > 1.2, "own / true: " + describe());
  }

  @Test
  void theReportSaysWhichTimesItPrints() throws Exception {
    JvmResult less = Jkernprof.run(folder, "view", prof.getFileName().toString());
    JvmResult raw = Jkernprof.run(folder, "view", "--raw", prof.getFileName().toString());
    assertEquals(0, less.exitCode, less.describe());
    assertEquals(0, raw.exitCode, raw.describe());
    assertTrue(
        less.stdout.contains(" ns per call: the profiler's own cost, measured in this run)"),
        less.stdout);
    assertTrue(
        raw.stdout.contains("   (times as measured, the profiler's own cost of "), raw.stdout);
    assertTrue(Files.size(prof) > 0);
  }

  private static FunctionStats parent(FunctionResults r) {
    for (FunctionStats f : r.functions()) {
      if (f.methodName().equals("parent")) {
        return f;
      }
    }
    throw new AssertionError("parent was not recorded: " + r.functions());
  }

  private static double ratio(double nanosPerCall) {
    return nanosPerCall / truePerCall;
  }

  private static String describe() {
    FunctionStats raw = parent(results);
    FunctionStats less = parent(results.lessProbeCost());
    return String.format(
        "CPU share %.2f, true %.0f ns per call; as measured own %.0f, cumulative %.0f; less %s:"
            + " own %.0f, cumulative %.0f",
        cpuShare,
        truePerCall,
        raw.totalNanos() / (double) raw.calls(),
        raw.cumulativeNanos() / (double) raw.primitiveCalls(),
        results.probeCosts().measured(),
        less.totalNanos() / (double) less.calls(),
        less.cumulativeNanos() / (double) less.primitiveCalls());
  }
}
