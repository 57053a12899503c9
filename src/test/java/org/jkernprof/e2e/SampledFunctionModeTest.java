package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jkernprof.e2e.targets.CallCounts;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.ProfReader;
import org.jkernprof.results.SampledStack;
import org.jkernprof.results.Sampling;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Function mode with the sampled timer, on real JVMs with the real agent: {@code jkernprof -v
 * --timer=sampled demo.jar} and the agent's {@code mode=function,timer=sampled} on a program of
 * known calls (recursion, an exception through several frames, four threads). The calls are exactly
 * those the clock timer counts; the demo's one-second sleep is nearly all of its caller's time; own
 * and cumulative times agree with each other and with the samples; the results file keeps the
 * stacks, whose samples are the samples that caught a profiled frame.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampledFunctionModeTest {
  private static final Target CALLS = Target.compiledByMaven(CallCounts.class);

  private JvmResult demoRun;
  private FunctionResults demo;
  private FunctionResults demoByClock;
  private JvmResult plainCalls;
  private JvmResult sampledCallsRun;
  private FunctionResults callsBySamples;
  private FunctionResults callsByClock;

  @BeforeAll
  void profileTheDemoAndTheKnownCallsWithBothTimers() throws Exception {
    Path folder = Jkernprof.freshFolder("sampled-function-mode");
    demoRun = Jkernprof.run(folder, "-v", "--timer=sampled", BuildPaths.demoJar().toString());
    demo = ProfReader.read(folder.resolve("demo.jar.prof"));
    Path clockFolder = Jkernprof.freshFolder("sampled-function-mode-clock");
    Jkernprof.run(clockFolder, "-q", BuildPaths.demoJar().toString());
    demoByClock = ProfReader.read(clockFolder.resolve("demo.jar.prof"));

    Path dir = BuildPaths.runsDir().resolve("SampledFunctionModeTest");
    plainCalls = ChildJvm.run(CALLS.command(List.of("-Xverify:all")), dir, "plain");
    Path sampledProf = dir.resolve("sampled.prof");
    sampledCallsRun =
        ChildJvm.run(
            CALLS.command(
                List.of(
                    "-Xverify:all",
                    "--enable-native-access=ALL-UNNAMED",
                    ProfiledRun.agentOption(
                        "mode=function", "timer=sampled", "output=" + sampledProf, "quiet"))),
            dir,
            "sampled");
    callsBySamples = ProfReader.read(sampledProf);
    Path clockProf = dir.resolve("clock.prof");
    ChildJvm.run(
        CALLS.command(
            List.of(
                "-Xverify:all",
                ProfiledRun.agentOption("mode=function", "output=" + clockProf, "quiet"))),
        dir,
        "clock");
    callsByClock = ProfReader.read(clockProf);
  }

  @Test
  void theProgramRunsAsWithoutTheAgentAndTheDemoPrintsNothingOnStandardError() {
    assertEquals(plainCalls.exitCode, sampledCallsRun.exitCode, sampledCallsRun.describe());
    assertEquals(plainCalls.stdout, sampledCallsRun.stdout);
    assertEquals(plainCalls.stderr, sampledCallsRun.stderr, "no verification error, no warning");
    assertEquals(0, demoRun.exitCode, demoRun.describe());
    assertEquals("", demoRun.stderr, demoRun.describe());
  }

  @Test
  void everyMethodHasTheCallsTheClockTimerCounts() {
    assertTrue(callsBySamples.isSampled());
    assertFalse(callsByClock.isSampled());
    assertEquals(calls(callsByClock), calls(callsBySamples));
    assertEquals(calls(demoByClock), calls(demo));
    // Counts known from the program itself, so that two equally wrong runs cannot pass.
    Map<String, Long> known = calls(callsBySamples);
    assertEquals(177, known.get(CallCounts.class.getName() + ".fib(I)I"));
    assertEquals(40_000, known.get(CallCounts.class.getName() + ".work(I)I"));
    assertEquals(6, known.get(CallCounts.class.getName() + ".dive(I)V"));
  }

  @Test
  void theSleepIsNearlyAllTheTimeOfItsCaller() {
    FunctionStats process = method(demo, "processData");
    FunctionStats caller = method(demo, "main", "ClassicExample");
    // It sleeps 1 s; generating, sorting and summing 100,000 numbers take some 20 to 100 ms.
    assertTrue(
        process.cumulativeNanos() >= 0.85 * caller.cumulativeNanos(),
        process + " against its caller " + caller);
    // Samples times the interval: on a loaded machine a sample may stand for more than 1 ms.
    assertTrue(
        process.cumulativeNanos() >= 850_000_000L && process.cumulativeNanos() <= 1_300_000_000L,
        process.toString());
    assertTrue(
        process.totalNanos() >= 0.85 * process.cumulativeNanos(),
        "the sleep is in the JDK, so it is processData's own time: " + process);
  }

  @Test
  void ownTimesAreWithinCumulativeTimesAndTheSamples() {
    for (FunctionResults results : List.of(demo, callsBySamples)) {
      Sampling sampling = results.samplings().get(0);
      long own = 0;
      for (FunctionStats f : results.functions()) {
        assertTrue(f.totalNanos() <= f.cumulativeNanos(), f.toString());
        assertEquals(0, f.totalNanos() % sampling.intervalNanos(), "whole samples: " + f);
        own += f.totalNanos();
      }
      assertTrue(own <= sampling.samples() * sampling.intervalNanos(), own + " ns, " + sampling);
    }
  }

  @Test
  void theStacksHoldEverySampleThatCaughtAProfiledFrame() {
    for (FunctionResults results : List.of(demo, callsBySamples)) {
      long interval = results.samplings().get(0).intervalNanos();
      long stackSamples = 0;
      long ownSamples = 0;
      long outermostSamples = 0;
      for (SampledStack stack : results.stacks()) {
        stackSamples += stack.samples();
        assertEquals(stack.samples() * interval, stack.nanos(), stack.toString());
      }
      for (FunctionStats f : results.functions()) {
        ownSamples += f.totalNanos() / interval;
      }
      for (CallEdge e : results.edges()) {
        if (e.caller() == CallEdge.UNPROFILED) {
          outermostSamples += e.calls();
        }
      }
      // Each such sample has one innermost and one outermost profiled frame.
      assertEquals(ownSamples, stackSamples);
      assertEquals(outermostSamples, stackSamples);
      assertTrue(stackSamples <= results.samplings().get(0).samples());
    }
    assertTrue(demo.stacks().size() >= 2, demo.stacks().toString());
    SampledStack sleeping = heaviest(demo);
    assertEquals("processData", demo.functions().get(sleeping.innermost()).methodName());
    assertEquals(
        "main", demo.functions().get(sleeping.method(0)).methodName(), "Demo.main is the root");
  }

  @Test
  void theReportSaysTheTimesCameFromSamples() {
    List<String> lines = demoRun.stdout.lines().toList();
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.matches(
                        " {3}\\(times from samples, sampled every 1(?:\\.[0-9]+)? ms, [0-9,]+ samples; calls"
                            + " counted exactly\\)")),
        demoRun.stdout);
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.matches(
                        // Its times are checked in the results; here only the row's layout.
                        " +1 +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+"
                            + " ClassicExample\\.java:\\d+\\(ClassicExample\\.processData\\)")),
        demoRun.stdout);
  }

  /** Calls per method key. */
  private static Map<String, Long> calls(FunctionResults results) {
    Map<String, Long> calls = new TreeMap<>();
    for (FunctionStats f : results.functions()) {
      calls.put(f.key(), f.calls());
    }
    return calls;
  }

  private static FunctionStats method(FunctionResults results, String name) {
    return method(results, name, "");
  }

  private static FunctionStats method(FunctionResults results, String name, String classSuffix) {
    return results.functions().stream()
        .filter(f -> f.methodName().equals(name) && f.className().endsWith(classSuffix))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not recorded: " + results.functions()));
  }

  private static SampledStack heaviest(FunctionResults results) {
    SampledStack heaviest = results.stacks().get(0);
    for (SampledStack s : results.stacks()) {
      if (s.samples() > heaviest.samples()) {
        heaviest = s;
      }
    }
    return heaviest;
  }
}
