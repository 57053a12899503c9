package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code jkernprof -l demo.jar} without {@code -v}, then {@code jkernprof view} of what it saved:
 * the same report, sums over several files, and the report options.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LauncherViewTest {
  private DemoRuns.DemoRun withView;
  private DemoRuns.DemoRun withoutView;

  /** {@code jkernprof view demo.jar.lprof} of the run without {@code -v}. */
  private LineReport viewed;

  @BeforeAll
  void profileTheDemoTwiceAndViewTheResults() {
    withoutView = DemoRuns.classicWithoutView();
    withView = DemoRuns.classicWithView();
    viewed = Jkernprof.view(withoutView.folder(), DemoRuns.RESULTS);
  }

  @Test
  void withoutViewItSaysHowToSeeTheReport() {
    JvmResult result = withoutView.result();
    assertEquals(0, result.exitCode, result.describe());
    assertEquals("", result.stderr, result.describe());
    ProfileCommandOutput out = ProfileCommandOutput.of(result);
    assertEquals(1, out.programLines().size(), result.describe());
    assertTrue(out.programLines().get(0).startsWith("Processing complete. Result: "));
    assertEquals(DemoRuns.RESULTS, out.resultsFile());
    assertEquals("Inspect results with:\njkernprof view " + DemoRuns.RESULTS + "\n", out.rest());
    assertTrue(Files.isRegularFile(withoutView.resultsFile()), result.describe());
  }

  @Test
  void viewPrintsTheSameMethodsAndHitsAsTheReportOfTheRun() {
    LineReport printed = ProfileCommandOutput.of(withView.result()).report();
    assertEquals(printed.timerUnit(), viewed.timerUnit());
    assertEquals(printed.functions(), viewed.functions());
    for (LineReport.Method method : printed.methods()) {
      LineReport.Method again = viewed.method(method.function());
      // Found from the demo jar's relative path recorded in the results.
      assertEquals(method.file(), again.file());
      assertEquals(method.declarationLine(), again.declarationLine());
      assertEquals(hitsByRow(method), hitsByRow(again), method.function());
      ReportChecks.perHitIsTimeOverHits(again);
      ReportChecks.percentagesAddUpToAHundred(again);
    }
  }

  @Test
  void viewOfTwoFilesAddsTheirHits() {
    LineReport one = viewed;
    LineReport other = Jkernprof.view(withoutView.folder(), withView.resultsFile().toString());
    LineReport both =
        Jkernprof.view(withoutView.folder(), DemoRuns.RESULTS, withView.resultsFile().toString());
    assertEquals(one.functions(), both.functions());
    for (LineReport.Method method : both.methods()) {
      List<LineReport.Row> first = one.method(method.function()).rows();
      List<LineReport.Row> second = other.method(method.function()).rows();
      assertEquals(first.size(), method.rows().size());
      for (int i = 0; i < first.size(); i++) {
        LineReport.Row sum = method.rows().get(i);
        Long expected =
            first.get(i).hits() == null ? null : first.get(i).hits() + second.get(i).hits();
        assertEquals(expected, sum.hits(), method.function() + " line " + sum.line());
        // The demo does the same every run.
        assertEquals(first.get(i).hits(), second.get(i).hits());
      }
      ReportChecks.perHitIsTimeOverHits(method);
      ReportChecks.percentagesAddUpToAHundred(method);
      // Each total is rounded to six significant digits.
      BigDecimal firstTotal = one.method(method.function()).totalSeconds();
      BigDecimal secondTotal = other.method(method.function()).totalSeconds();
      BigDecimal allowed = firstTotal.ulp().add(secondTotal.ulp()).add(method.totalSeconds().ulp());
      assertTrue(
          method.totalSeconds().subtract(firstTotal.add(secondTotal)).abs().compareTo(allowed) <= 0,
          method.function()
              + ": "
              + method.totalTime()
              + " s is not "
              + firstTotal
              + " + "
              + secondTotal);
    }
  }

  @Test
  void viewInSecondsDividesEveryTimeByAMillion() {
    LineReport micros = viewed;
    LineReport seconds = Jkernprof.view(withoutView.folder(), "-u", "1", DemoRuns.RESULTS);
    assertEquals("1", seconds.timerUnit());
    BigDecimal million = new BigDecimal(1_000_000);
    BigDecimal rounding = new BigDecimal("0.05000005");
    for (LineReport.Method method : seconds.methods()) {
      List<LineReport.Row> inMicros = micros.method(method.function()).rows();
      for (int i = 0; i < inMicros.size(); i++) {
        LineReport.Row row = method.rows().get(i);
        assertEquals(inMicros.get(i).hits(), row.hits());
        if (row.hits() != null) {
          BigDecimal expected = inMicros.get(i).time().divide(million);
          assertTrue(
              row.time().subtract(expected).abs().compareTo(rounding) <= 0,
              row + " is not " + inMicros.get(i) + " in seconds");
        }
      }
    }
    LineReport.Row sleep =
        seconds.method(DemoClassicReportTest.PROCESS).rowContaining(DemoClassicReportTest.SLEEP);
    assertNotNull(sleep.time(), sleep.toString());
    assertTrue(sleep.time().compareTo(BigDecimal.ONE) >= 0, "1 s of sleep: " + sleep);
  }

  @Test
  void summarizeAddsOneLinePerMethod() {
    LineReport report = Jkernprof.view(withoutView.folder(), "--summarize", DemoRuns.RESULTS);
    assertEquals(report.methods().size(), report.summary().size(), report.summary().toString());
    for (int i = 0; i < report.methods().size(); i++) {
      LineReport.Method method = report.methods().get(i);
      LineReport.Summary summary = report.summary().get(i);
      assertEquals(method.function(), summary.function());
      assertEquals(method.file(), summary.file());
      assertEquals(method.declarationLine(), summary.line());
      // Two decimals against the total's six significant digits.
      BigDecimal allowed = new BigDecimal("0.005").add(method.totalSeconds().ulp());
      assertTrue(
          summary.seconds().subtract(method.totalSeconds()).abs().compareTo(allowed) <= 0,
          summary + " vs Total time: " + method.totalTime());
    }
    assertEquals(List.of(), viewed.summary(), "no summary without the option");
  }

  private static List<String> hitsByRow(LineReport.Method method) {
    return method.rows().stream()
        .map(r -> r.line() + ": " + r.hits() + "  " + r.contents())
        .toList();
  }
}
