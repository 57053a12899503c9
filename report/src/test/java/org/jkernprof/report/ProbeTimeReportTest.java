package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.ProbeCalibration;
import org.junit.jupiter.api.Test;

/**
 * The line report takes the profiler's own time out of every line and every method total when the
 * results carry it, says so in its header, shows a line left within the estimate's uncertainty as
 * {@code ~0}, and with {@code --raw} shows the times as measured.
 */
class ProbeTimeReportTest {
  private static final Path SHOP = GoldenFiles.resourceFolder("report/shop");

  /**
   * 100 ns per probe whatever the line's work, give or take 5; Basics.total's lines each with one
   * probe per hit.
   */
  private static final ProbeCalibration COST =
      new ProbeCalibration(new double[] {0}, new double[] {100}, 5, 0, 0, 400);

  @Test
  void takesEachLinesProbesOutOfItsTimeAndOutOfTheTotal() {
    String report = render(ReportOptions.defaults());
    List<String> lines = Arrays.asList(report.split("\n"));
    assertEquals(
        "Timer unit: 1e-06 s (less the profiler's own cost, measured in this run:"
            + " 100.0 ns per line event, 0.0 ns per call)",
        lines.get(0));
    // 652 us measured, of which 290.3 us were probes: 100 ns per hit, line 17's 90 us at most.
    assertTrue(lines.contains("Total time: 0.0003617 s"), report);
    assertRow(lines, "    14         1          1.1      1.1      0.3");
    assertRow(lines, "    15      1001        209.9      0.2     58.0");
    // 0.15 us per hit: the double is a little below, and line_profiler prints 0.1.
    assertRow(lines, "    16      1000        150.0      0.1     41.5");
    assertRow(lines, "    18         1          0.7      0.7      0.2");
  }

  @Test
  void aLineWithinTheEstimatesUncertaintyShowsApproximatelyZero() {
    List<String> lines = Arrays.asList(render(ReportOptions.defaults()).split("\n"));
    // 90 us measured, 100 us of probes give or take 5: its own time cannot be told from zero.
    assertRow(lines, "    17      1000           ~0       ~0       ~0");
  }

  @Test
  void rawShowsTheTimesAsMeasured() {
    String report = render(ReportOptions.defaults().withRaw(true));
    List<String> lines = Arrays.asList(report.split("\n"));
    assertEquals("Timer unit: 1e-06 s", lines.get(0));
    assertTrue(lines.contains("Total time: 0.000652 s"), report);
    assertRow(lines, "    15      1001        310.0      0.3     47.5");
    assertRow(lines, "    17      1000         90.0      0.1     13.8");
  }

  @Test
  void resultsWithoutProbeTimesShowMeasuredTimesWithoutANote() {
    LineResults plain = Profiles.results(TextReportRendererGoldenTest.TOTAL);
    String report = TextReportRenderer.render(plain, sources(), ReportOptions.defaults());
    assertTrue(report.startsWith("Timer unit: 1e-06 s\n\nTotal time: 0.000652 s\n"), report);
  }

  @Test
  void mergedResultsNameTheRangeOfTheirRunsCosts() {
    LineResults merged =
        LineResults.merge(
            List.of(
                withProbes(COST),
                withProbes(
                    new ProbeCalibration(new double[] {0}, new double[] {120}, 5, 2, 1, 400))));
    String report = TextReportRenderer.render(merged, sources(), ReportOptions.defaults());
    assertTrue(
        report.startsWith(
            "Timer unit: 1e-06 s (less the profiler's own cost, measured in each run:"
                + " 100.0 to 120.0 ns per line event, 0.0 to 2.0 ns per call)\n"),
        report);
  }

  @Test
  void aMethodOfFewLineEventsSaysHowMuchOfItsTimeMayBeInterpretedProbes() {
    // 3,003 events at up to 400 ns interpreted, not 100: up to 900,900 ns, over its 361,700.
    assertTrue(
        render(ReportOptions.defaults())
            .contains(
                "Function: Basics.total(List<Integer>) at line 12\n"
                    + "Note: up to 100 % of this time may be the profiler's own: line events that"
                    + " ran before the JIT compiled this code cost up to 400 ns each, not 100 ns.\n"
                    + "\n"));
    assertTrue(
        !render(ReportOptions.defaults().withRaw(true)).contains("Note:"),
        "measured times need no note");
  }

  private static void assertRow(List<String> lines, String numbers) {
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith(numbers + "  ")),
        "no row " + numbers + " in\n" + String.join("\n", lines));
  }

  private static String render(ReportOptions options) {
    return TextReportRenderer.render(withProbes(COST), sources(), options);
  }

  /** Basics.total with one probe per hit on every line, estimated at {@code cost}. */
  private static LineResults withProbes(ProbeCalibration cost) {
    MethodProfile total = TextReportRendererGoldenTest.TOTAL;
    List<LineStats> lines = new ArrayList<>();
    long taken = 0;
    for (LineStats l : total.lines()) {
      LineStats withProbe = l.withProbe(cost.timeOf(l.hits(), 0, l.nanos()));
      lines.add(withProbe);
      taken += l.nanos() - withProbe.nanosLessProbes();
    }
    LineResults base = Profiles.results(total.withProbes(taken, lines));
    return new LineResults(base.run(), base.methods(), List.of(), false, List.of(cost));
  }

  private static SourceResolver sources() {
    return new SourceResolver(SourceResolver.searchPath(List.of(), SHOP, Optional.empty()), SHOP);
  }
}
