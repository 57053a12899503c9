package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.RunInfo;
import org.junit.jupiter.api.Test;

/** Behaviour of the function-level report beyond the golden files: odd input never breaks it. */
class StatsReportRendererTest {
  private static final RunInfo RUN = new RunInfo("Main", "17", 0, 1);

  @Test
  void emptyResultsGiveOnlyTheSummaryLine() {
    FunctionResults empty = results(Collections.emptyList(), Collections.emptyList());
    assertEquals(
        "         0 method calls in 0.000 seconds\n\n",
        StatsReportRenderer.render(empty, StatsOptions.defaults().withTop(3)));
    assertEquals("", StatsReportRenderer.renderCallers(empty, StatsOptions.defaults(), "x"));
    assertEquals("", StatsReportRenderer.renderCallees(empty, StatsOptions.defaults(), "*"));
  }

  @Test
  void aMethodWithNoCallsAndNoTimeLeavesItsPerCallColumnsBlank() {
    FunctionResults idle = results(Arrays.asList(method("a.Idle", "run", 0, 0, 0, 0)), List.of());
    assertEquals(
        "         0 method calls in 0.000 seconds\n"
            + "\n"
            + "   Ordered by: cumulative time\n"
            + "\n"
            + StatsTable.TITLE
            + "        0    0.000             0.000          Idle.java:3(Idle.run)\n"
            + "\n"
            + "\n",
        StatsReportRenderer.render(idle, StatsOptions.defaults()));
    assertEquals(
        "   Ordered by: cumulative time\n"
            + "   List reduced from 1 to 0 due to restriction <'Busy'>\n"
            + "\n",
        StatsReportRenderer.renderCallers(idle, StatsOptions.defaults(), "Busy"));
  }

  @Test
  void skippingMethodsNeverCalledCanLeaveNothingToList() {
    FunctionResults idle = results(Arrays.asList(method("a.Idle", "run", 0, 0, 0, 0)), List.of());
    assertEquals(
        "         0 method calls in 0.000 seconds\n\n",
        StatsReportRenderer.render(idle, StatsOptions.defaults().withSkipZero(true)));
  }

  @Test
  void summarizeEndsWithOneLinePerListedMethodAndItsCumulativeTime() {
    FunctionResults two =
        results(
            Arrays.asList(
                method("a.Main", "main", 1, 1, 10_000_000L, 1_500_000_000L),
                method("a.Work", "run", 3, 3, 1_490_000_000L, 1_490_000_000L)),
            List.of());
    String report =
        StatsReportRenderer.render(two, StatsOptions.defaults().withSummarize(true).withTop(2));
    assertTrue(
        report.endsWith(
            "\n\n  1.50 seconds - Main.java:3 - Main.main\n"
                + "  1.49 seconds - Work.java:3 - Work.run\n\n"),
        report);
    assertEquals(
        StatsReportRenderer.render(two, StatsOptions.defaults().withTop(2)),
        report.substring(0, report.indexOf("  1.50 seconds")));
  }

  @Test
  void hugeNumbersWidenTheirColumns() {
    FunctionResults huge =
        results(
            Arrays.asList(method("a.Huge", "run", Long.MAX_VALUE, 3, Long.MAX_VALUE, 1)),
            List.of(new CallEdge(0, 0, Long.MAX_VALUE, 1, Long.MAX_VALUE, Long.MAX_VALUE)));
    String report = StatsReportRenderer.render(huge, StatsOptions.defaults());
    assertTrue(
        report.contains(
            "9223372036854775807/3 9223372036.855    0.000    0.000    0.000 Huge.java:3(Huge.run)\n"),
        report);
    String callers = StatsReportRenderer.renderCallers(huge, StatsOptions.defaults(), "Huge");
    assertTrue(
        callers.contains(
            "Huge.java:3(Huge.run)  <- 9223372036854775807/1 9223372036.855 9223372036.855"
                + "  Huge.java:3(Huge.run)\n"),
        callers);
  }

  @Test
  void roundsSecondsAsPythonDoesNotHalfUp() {
    // 0.0045 is just below 0.0045 as a double, so Python prints 0.004; 0.0015 is just above.
    FunctionResults results =
        results(
            Arrays.asList(
                method("a.A", "x", 1, 1, 4_500_000L, 4_500_000L),
                method("a.B", "y", 1, 1, 1_500_000L, 1_500_000L)),
            List.of());
    String report = StatsReportRenderer.render(results, StatsOptions.defaults());
    assertTrue(report.contains("    0.004    0.004    0.004    0.004 A.java:3(A.x)\n"), report);
    assertTrue(report.contains("    0.002    0.002    0.002    0.002 B.java:3(B.y)\n"), report);
    assertTrue(report.contains(" method calls in 0.006 seconds\n"), report);
  }

  @Test
  void sumsEdgesBetweenTheSameTwoMethods() {
    FunctionResults results =
        results(
            Arrays.asList(method("a.A", "x", 3, 3, 30, 30), method("a.B", "y", 1, 1, 5, 60)),
            List.of(new CallEdge(1, 0, 1, 1, 10, 10), new CallEdge(1, 0, 2, 2, 20, 20)));
    String callers = StatsReportRenderer.renderCallers(results, StatsOptions.defaults(), "A.x");
    assertTrue(callers.contains("A.java:3(A.x)  <-       3    0.000    0.000  B.java:3(B.y)\n"));
  }

  @Test
  void namesMethodsBySimpleClassNameAndJavacsMethodName() {
    FunctionResults results =
        results(
            Arrays.asList(
                method("com.acme.Outer$Inner", "<init>", 1, 1, 4, 4),
                method("com.acme.Outer", "<clinit>", 1, 1, 3, 3),
                method("com.acme.Outer", "lambda$main$0", 1, 1, 2, 2),
                method("com.acme.Outer$1", "run", 1, 1, 1, 1),
                method("Main", "main", 1, 1, 0, 0)),
            List.of());
    String report = StatsReportRenderer.render(results, StatsOptions.defaults());
    assertTrue(report.contains(" Outer$Inner.java:3(Outer.Inner.<init>)\n"), report);
    assertTrue(report.contains(" Outer.java:3(Outer.<clinit>)\n"), report);
    assertTrue(report.contains(" Outer.java:3(Outer.lambda$main$0)\n"), report);
    assertTrue(report.contains(" Outer$1.java:3(Outer$1.run)\n"), report);
    assertTrue(report.contains(" Main.java:3(Main.main)\n"), report);
  }

  @Test
  void patternsAreGlobsFoundAnywhereInTheStandardName() {
    StatsEntry entry =
        StatsEntry.of(
                results(
                    Arrays.asList(method("org.demo.ClassicExample", "processData", 1, 1, 1, 1)),
                    List.of()))
            .get(0);
    assertEquals("ClassicExample.java:3(ClassicExample.processData)", entry.stdName());
    for (String matching :
        Arrays.asList(
            "processData", "ClassicExample.process*", "Classic*Data", "proce?sData", "java:3(")) {
      assertTrue(new StatsNamePattern(matching).matches(entry), matching);
    }
    for (String other :
        Arrays.asList(
            "processdata", "ClassicExample$process", "ClassicExample.p.ocessData", "q*")) {
      assertFalse(new StatsNamePattern(other).matches(entry), other);
    }
  }

  @Test
  void showsPatternsAsPythonsRepr() {
    assertEquals("'gen*'", new StatsNamePattern("gen*").pythonRepr());
    assertEquals("\"it's\"", new StatsNamePattern("it's").pythonRepr());
    assertEquals("'a\\\\b\\t\\x01'", new StatsNamePattern("a\\b\t\u0001").pythonRepr());
  }

  @Test
  void sortKeysTakeTheNamesAndAliasesOfPstats() {
    assertEquals(Optional.of(SortKey.CUMULATIVE), SortKey.parse("cumtime"));
    assertEquals(Optional.of(SortKey.TOTTIME), SortKey.parse("time"));
    assertEquals(Optional.of(SortKey.NCALLS), SortKey.parse("calls"));
    assertEquals(Optional.of(SortKey.FILENAME), SortKey.parse("module"));
    assertEquals(Optional.empty(), SortKey.parse("Cumulative"));
    assertEquals(Optional.empty(), SortKey.parse("cum"));
    assertEquals(
        Arrays.asList(
            "cumulative",
            "tottime",
            "ncalls",
            "pcalls",
            "name",
            "filename",
            "line",
            "stdname",
            "nfl",
            "cumtime",
            "time",
            "calls",
            "module"),
        SortKey.validNames());
  }

  @Test
  void refusesToListNoMethods() {
    assertThrows(IllegalArgumentException.class, () -> StatsOptions.defaults().withTop(0));
  }

  private static FunctionResults results(List<FunctionStats> functions, List<CallEdge> edges) {
    return new FunctionResults(RUN, functions, edges);
  }

  private static FunctionStats method(
      String className, String name, long calls, long primitive, long own, long cumulative) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return new FunctionStats(
        className, name, "()V", simple + ".java", 3, calls, primitive, own, cumulative);
  }
}
