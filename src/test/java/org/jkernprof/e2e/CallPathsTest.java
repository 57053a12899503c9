package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jkernprof.e2e.targets.CallPaths;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.CallPath;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.ProfReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The clock timer's calling-context tree through the real command line and agent: {@code jkernprof
 * --collapsed OUT -cp ... CallPaths} and {@code jkernprof view --collapsed OUT FILE} write one
 * folded line per path of known calls, each weighing the sleep of that path in nanoseconds (at
 * least the sleep, and exactly the own time of the caller-callee pair, since each pair here has one
 * path); the saved paths' calls are exact, and they add up to the pstats figures of the same run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallPathsTest {
  private static final String CLASS = CallPaths.class.getName();
  private static final String MAIN = CLASS + ".main";
  private static final long MILLIS = 1_000_000;

  private Path folder;
  private JvmResult run;
  private JvmResult view;
  private FunctionResults results;

  @BeforeAll
  void profileTheKnownPathsWithTheClock() throws IOException {
    folder = Jkernprof.freshFolder("call-paths");
    run =
        Jkernprof.run(
            folder,
            "-v",
            "--collapsed",
            "run.folded",
            "-cp",
            LauncherClassPathTest.classPath(),
            CLASS);
    view = Jkernprof.run(folder, "view", "--collapsed", "view.folded", CLASS + ".prof");
    results = ProfReader.read(folder.resolve(CLASS + ".prof"));
  }

  @Test
  void bothCommandsWriteAFoldedLinePerPathWeighingItsSleep() throws IOException {
    assertEquals(0, run.exitCode, run.describe());
    assertEquals(0, view.exitCode, view.describe());
    Map<String, Long> folded = folded(folder.resolve("run.folded"));
    assertEquals(folded, folded(folder.resolve("view.folded")), "the view writes the same");
    long underA = folded.get(MAIN + ";" + CLASS + ".viaA;" + CLASS + ".leaf");
    long underB = folded.get(MAIN + ";" + CLASS + ".viaB;" + CLASS + ".leaf");
    assertAtLeast(200 * MILLIS, underA, "leaf under viaA: one 200 ms sleep");
    assertAtLeast(100 * MILLIS, underB, "leaf under viaB: two 50 ms sleeps");
    FunctionResults shown = results.lessProbeCost();
    assertEquals(edgeOwnTime(shown, "viaA", "leaf"), underA, "leaf's own time in calls from viaA");
    assertEquals(edgeOwnTime(shown, "viaB", "leaf"), underB, "leaf's own time in calls from viaB");
    assertTrue(folded.keySet().stream().allMatch(p -> p.startsWith(MAIN)), folded.toString());
    assertFalse(folded.keySet().stream().anyMatch(p -> p.contains("[other")), folded.toString());
  }

  @Test
  void theSavedPathsAreExactlyTheProgramsWithTheirCalls() {
    Map<String, Long> calls = new TreeMap<>();
    for (CallPath path : results.paths()) {
      calls.put(names(path), path.calls());
    }
    String down = ";down";
    assertEquals(
        Map.of(
            "main",
            1L,
            "main;viaA",
            1L,
            "main;viaA;leaf",
            1L,
            "main;viaB",
            2L,
            "main;viaB;leaf",
            2L,
            "main" + down,
            1L,
            "main" + down + down,
            1L,
            "main" + down + down + down,
            1L,
            "main" + down + down + down + down,
            1L),
        calls);
    assertFalse(results.isSampled(), "clock results stay unsampled");
  }

  @Test
  void thePathsAddUpToThePstatsFiguresOfEachMethod() {
    for (int id = 0; id < results.functions().size(); id++) {
      FunctionStats f = results.functions().get(id);
      long calls = 0;
      long own = 0;
      for (CallPath path : results.paths()) {
        if (!path.isOther() && path.method(path.depth() - 1) == id) {
          calls += path.calls();
          own += path.ownNanos();
        }
      }
      assertEquals(f.calls(), calls, f.toString());
      assertEquals(f.totalNanos(), own, "own time as measured: " + f);
    }
    assertTrue(
        run.stdout.lines().anyMatch(l -> l.matches(" +3 +\\d\\.\\d{3} .*\\(CallPaths\\.leaf\\)")),
        "the pstats row of leaf: 3 calls\n" + run.stdout);
  }

  private String names(CallPath path) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < path.depth(); i++) {
      s.append(i == 0 ? "" : ";").append(results.functions().get(path.method(i)).methodName());
    }
    return s.toString();
  }

  /**
   * A sleep never ends early, and the probes' share taken out is some 100 ns; it may end late
   * enough on a loaded machine (a 50 ms sleep took 202 ms in one run) that an upper bound is left
   * to the comparison with the caller-callee pair's time.
   */
  private static void assertAtLeast(long slept, long weight, String what) {
    assertTrue(weight >= slept - MILLIS, what + ": " + weight + " ns, slept " + slept + " ns");
  }

  private static long edgeOwnTime(FunctionResults shown, String caller, String callee) {
    List<FunctionStats> functions = shown.functions();
    for (CallEdge e : shown.edges()) {
      if (e.caller() >= 0
          && functions.get(e.caller()).methodName().equals(caller)
          && functions.get(e.callee()).methodName().equals(callee)) {
        return e.totalNanos();
      }
    }
    throw new AssertionError("no calls from " + caller + " to " + callee);
  }

  private static Map<String, Long> folded(Path file) throws IOException {
    Map<String, Long> weights = new TreeMap<>();
    for (String line : Files.readAllLines(file)) {
      int space = line.lastIndexOf(' ');
      weights.put(line.substring(0, space), Long.parseLong(line.substring(space + 1)));
    }
    return weights;
  }
}
