package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jkernprof.e2e.targets.CallCounts;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.ProfReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Function-level mode ({@code mode=function}) on a real JVM: exact call counts, primitive calls and
 * callers through recursion, mutual recursion, exceptions and threads, and the program's behaviour
 * unchanged.
 */
class FunctionModeTest {
  private static final Target TARGET = Target.compiledByMaven(CallCounts.class);
  private static final String CLASS = CallCounts.class.getName();

  private static JvmResult plain;
  private static JvmResult profiled;
  private static FunctionResults results;

  @BeforeAll
  static void runTheTargetWithAndWithoutTheAgent() throws Exception {
    Path dir = BuildPaths.runsDir().resolve("FunctionModeTest");
    plain = ChildJvm.run(TARGET.command(List.of("-Xverify:all")), dir, "plain");
    Path prof = dir.resolve("calls.prof");
    profiled =
        ChildJvm.run(
            TARGET.command(
                List.of(
                    "-Xverify:all",
                    ProfiledRun.agentOption("mode=function", "output=" + prof, "quiet"))),
            dir,
            "profiled");
    results = ProfReader.read(prof);
  }

  @Test
  void theProgramBehavesExactlyAsWithoutTheAgent() {
    assertEquals(plain.exitCode, profiled.exitCode, profiled.describe());
    assertEquals(plain.stdout, profiled.stdout);
    assertEquals(plain.stderr, profiled.stderr);
  }

  @Test
  void recursiveCallsCountAllCallsAndThePrimitiveOnesApart() {
    FunctionStats fib = stats("fib");
    assertEquals(177, fib.calls());
    assertEquals(1, fib.primitiveCalls());
    assertEquals(
        fib.totalNanos(), fib.cumulativeNanos(), "a self-recursive method's own time is all");
  }

  @Test
  void mutualRecursionCountsEachSide() {
    assertEquals(4, stats("isEven").calls());
    assertEquals(1, stats("isEven").primitiveCalls());
    assertEquals(4, stats("isOdd").calls());
    assertEquals(1, stats("isOdd").primitiveCalls());
    assertEquals(4, edge("isEven", "isOdd").calls());
    assertEquals(3, edge("isOdd", "isEven").calls());
    assertEquals(1, edge("main", "isEven").calls());
  }

  @Test
  void everyFrameAnExceptionLeavesIsClosed() {
    FunctionStats dive = stats("dive");
    assertEquals(6, dive.calls());
    assertEquals(1, dive.primitiveCalls());
    assertTrue(stats("main").cumulativeNanos() >= dive.cumulativeNanos());
  }

  @Test
  void callsFromAllThreadsAreSummedExactly() {
    assertEquals(40_000, stats("work").calls());
    assertEquals(4, stats("worker").calls());
    assertEquals(40_000, edge("worker", "work").calls());
  }

  @Test
  void mainIsCalledFromCodeThatIsNotProfiledAndTheJdkIsNot() {
    assertEquals(1, stats("main").calls());
    assertTrue(
        results.edges().stream()
            .anyMatch(
                e ->
                    e.caller() == CallEdge.UNPROFILED
                        && results.functions().get(e.callee()).methodName().equals("main")));
    assertFalse(
        results.functions().stream().anyMatch(f -> f.className().startsWith("java.")),
        "JDK methods are not profiled");
    assertFalse(
        results.functions().stream().anyMatch(f -> f.className().startsWith("org.jkernprof.agent")),
        "the agent's methods are not profiled");
  }

  private static FunctionStats stats(String method) {
    Map<String, FunctionStats> byName = new HashMap<>();
    for (FunctionStats f : results.functions()) {
      if (f.className().equals(CLASS)) {
        byName.put(f.methodName(), f);
      }
    }
    FunctionStats stats = byName.get(method);
    assertNotNull(stats, method + " not recorded; recorded: " + byName.keySet());
    return stats;
  }

  private static CallEdge edge(String caller, String callee) {
    List<FunctionStats> functions = results.functions();
    for (CallEdge e : results.edges()) {
      if (e.caller() >= 0
          && functions.get(e.caller()).methodName().equals(caller)
          && functions.get(e.callee()).methodName().equals(callee)
          && functions.get(e.callee()).className().equals(CLASS)) {
        return e;
      }
    }
    throw new AssertionError("no calls from " + caller + " to " + callee);
  }
}
