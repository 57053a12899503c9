package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code jkernprof -l -v demo.jar}, the README's first command, through the packaged launcher: the
 * demo's classic scenario (line_profiler's classic example) and the report it prints, read back by
 * the strict {@link LineReportParser} and checked against the demo's real source.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoClassicReportTest {
  static final String GENERATE = "ClassicExample.generateData(int)";
  static final String PROCESS = "ClassicExample.processData(List<Integer>)";

  /**
   * What ClassicExample.main does, once: {@code generateData(100_000)}, then {@code
   * processData(largeData)}. Every statement of both methods runs once (the 100,000 numbers come
   * from a stream inside the JDK, not from a loop in the profiled method); no other row has hits.
   */
  static final Map<String, Map<String, Long>> HITS_BY_LINE_TEXT =
      Map.of(
          GENERATE,
          Map.of("return RANDOM.ints(n, 0, 1001)", 1L),
          PROCESS,
          Map.of(
              "List<Integer> sortedData = data.stream().sorted()", 1L,
              "Thread.sleep(10L * sortedData.size() / 1000);", 1L,
              "return sortedData.stream().mapToLong(", 1L));

  /** processData sleeps 10 ms per 1000 elements, and main passes it 100,000: 1 s. */
  static final String MAIN_CALL = "List<Integer> largeData = generateData(100_000);";

  static final String SLEEP = "Thread.sleep(";
  static final BigDecimal SLEEP_MICROS = new BigDecimal(1_000_000);

  private DemoRuns.DemoRun run;
  private JavaSource source;

  @BeforeAll
  void profileTheDemo() {
    run = DemoRuns.classicWithView();
    source =
        JavaSource.read(
            BuildPaths.demoSourceRoot().resolve("org/jkernprof/demo/ClassicExample.java"));
  }

  @Test
  void endsWithExitCodeZeroAndNothingOnStandardError() {
    assertEquals(0, run.result().exitCode, run.result().describe());
    assertEquals("", run.result().stderr, run.result().describe());
  }

  @Test
  void printsTheProgramsOutputThenWhereTheResultsWentThenTheReport() {
    ProfileCommandOutput out = ProfileCommandOutput.of(run.result());
    assertEquals(1, out.programLines().size(), run.result().describe());
    assertTrue(
        out.programLines().get(0).matches("Processing complete\\. Result: \\d+"),
        run.result().describe());
    assertEquals(DemoRuns.RESULTS, out.resultsFile());
    assertEquals(List.of(GENERATE, PROCESS), out.report().functions(), "in source order");
  }

  @Test
  void writesReadableResultsInTheWorkingFolder() throws Exception {
    assertTrue(Files.isRegularFile(run.resultsFile()), run.result().describe());
    LineResults results = LprofReader.read(run.resultsFile());
    LineReport.Method process = report().method(PROCESS);
    MethodProfile recorded =
        results.methods().stream()
            .filter(m -> m.qualifiedName().equals("org.jkernprof.demo.ClassicExample.processData"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no processData in " + results.methods()));
    // The report is the file's: the same hits on the same lines.
    for (LineStats line : recorded.lines()) {
      LineReport.Row row =
          process.rows().stream().filter(r -> r.line() == line.line()).findFirst().orElseThrow();
      assertEquals(line.hits() == 0 ? null : line.hits(), row.hits(), "line " + line.line());
    }
  }

  @Test
  void reportsInMicroseconds() {
    assertEquals("1e-06", report().timerUnit());
  }

  @Test
  void listsEachMethodFromItsAnnotationToItsClosingBraceAsInTheSource() {
    Map<String, String> signatures =
        Map.of(
            GENERATE, "static List<Integer> generateData(int n) {",
            PROCESS, "static long processData(List<Integer> data)");
    for (Map.Entry<String, String> signature : signatures.entrySet()) {
      LineReport.Method method = report().method(signature.getKey());
      assertEquals(Optional.empty(), method.note(), method.function());
      ReportChecks.showsItsDeclaration(method, source, run.folder());
      assertTrue(
          source.line(method.declarationLine() + 1).contains(signature.getValue()),
          "the @Profile of " + method.function() + " is at line " + method.declarationLine());
    }
  }

  @Test
  void eachStatementRanAsOftenAsTheDemoCallsIt() {
    source.lineOf(MAIN_CALL);
    for (Map.Entry<String, Map<String, Long>> method : HITS_BY_LINE_TEXT.entrySet()) {
      LineReport.Method listed = report().method(method.getKey());
      Map<String, Long> expected = method.getValue();
      for (LineReport.Row row : listed.rows()) {
        Long hits =
            expected.entrySet().stream()
                .filter(e -> row.contents().contains(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        assertEquals(hits, row.hits(), method.getKey() + " line " + row.line() + ": " + row);
      }
      for (String text : expected.keySet()) {
        listed.rowContaining(text);
      }
    }
  }

  @Test
  void theSleepTakesAtLeastASecond() {
    source.lineOf(MAIN_CALL);
    LineReport.Method process = report().method(PROCESS);
    LineReport.Row sleep = process.rowContaining(SLEEP);
    // Thread.sleep never returns early. Whether it is also the largest share depends on how
    // fast the sort ran on a shared machine, so that is not asserted.
    assertTrue(sleep.time().compareTo(SLEEP_MICROS) >= 0, "slept 1 s: " + sleep);
  }

  @Test
  void perHitIsTimeOverHits() {
    for (LineReport.Method method : report().methods()) {
      ReportChecks.perHitIsTimeOverHits(method);
    }
  }

  @Test
  void timesAndPercentagesAddUpToTheTotal() {
    for (LineReport.Method method : report().methods()) {
      // Lambdas' lines would also count in their own frames' time.
      assertFalse(
          method.rows().stream().anyMatch(r -> r.contents().contains("->")), method.function());
      ReportChecks.percentagesAddUpToAHundred(method);
      ReportChecks.timesAddUpToTheTotal(method, report().timerUnitSeconds());
    }
  }

  private LineReport report() {
    return ProfileCommandOutput.of(run.result()).report();
  }
}
