package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.Sampling;
import org.junit.jupiter.api.Test;

/**
 * The line report of results made by the sampled timer: exact hits, times counted from samples
 * shown as they are (nothing is taken out, {@code --raw} changes nothing), a header that says how
 * they were sampled, and {@code ~} on the figures of a line that rests on fewer than 10 samples.
 */
class SampledTimeReportTest {
  private static final Path SHOP = GoldenFiles.resourceFolder("report/shop");
  private static final long MILLISECOND = 1_000_000;

  @Test
  void theHeaderSaysHowTheTimesWereSampled() {
    List<String> lines = render(sampled(MILLISECOND, 12_345), ReportOptions.defaults());
    assertEquals(
        "Timer unit: 1e-06 s (sampled every 1 ms, 12,345 samples; ~: fewer than 10)", lines.get(0));
  }

  @Test
  void everyLineShowsItsSamplesTimesTheIntervalWithItsExactHits() {
    List<String> lines = render(sampled(MILLISECOND, 12_345), ReportOptions.defaults());
    // Basics.total's lines 14 to 18 get 3, 40, 30, 50 and 1 samples: 124 ms in all.
    assertTrue(lines.contains("Total time: 0.124 s"), String.join("\n", lines));
    assertRow(lines, "    14         1      ~3000.0  ~3000.0     ~2.4");
    assertRow(lines, "    15      1001      40000.0     40.0     32.3");
    assertRow(lines, "    16      1000      30000.0     30.0     24.2");
    assertRow(lines, "    17      1000      50000.0     50.0     40.3");
    assertRow(lines, "    18         1      ~1000.0  ~1000.0     ~0.8");
  }

  @Test
  void rawChangesNothingInSampledTimes() {
    LineResults results = sampled(MILLISECOND, 500);
    assertEquals(
        render(results, ReportOptions.defaults()),
        render(results, ReportOptions.defaults().withRaw(true)));
  }

  @Test
  void mergedRunsGiveTheRangeOfTheirIntervalsAndAllTheirSamples() {
    LineResults merged =
        LineResults.merge(List.of(sampled(MILLISECOND, 100), sampled(500_000, 250)));
    List<String> lines = render(merged, ReportOptions.defaults());
    assertEquals(
        "Timer unit: 1e-06 s (sampled every 500 µs to 1 ms, 350 samples; ~: fewer than 10)",
        lines.get(0));
    assertFalse(String.join("\n", lines).contains("less the profiler"));
  }

  @Test
  void intervalsReadInTheirBestUnit() {
    assertEquals("1 ms", SamplingSummary.interval(1_000_000));
    assertEquals("1.5 ms", SamplingSummary.interval(1_500_000));
    assertEquals("10 ms", SamplingSummary.interval(10_000_000));
    assertEquals("250 µs", SamplingSummary.interval(250_000));
    assertEquals("900 ns", SamplingSummary.interval(900));
  }

  /** Basics.total with its exact hits and, per line, a number of samples of {@code interval}. */
  private static LineResults sampled(long interval, long samplesTaken) {
    MethodProfile total = TextReportRendererGoldenTest.TOTAL;
    long[] samples = {3, 40, 30, 50, 1};
    List<LineStats> lines = new ArrayList<>();
    long all = 0;
    int i = 0;
    for (LineStats l : total.lines()) {
      long count = samples[i++ % samples.length];
      all += count;
      lines.add(new LineStats(l.line(), l.hits(), count * interval).withSamples(count));
    }
    MethodProfile method =
        new MethodProfile(
            total.className(),
            total.methodName(),
            total.descriptor(),
            total.sourceFile(),
            all * interval,
            lines);
    return Profiles.results(method).withSamplings(List.of(new Sampling(interval, samplesTaken)));
  }

  private static List<String> render(LineResults results, ReportOptions options) {
    SourceResolver sources =
        new SourceResolver(SourceResolver.searchPath(List.of(), SHOP, Optional.empty()), SHOP);
    return Arrays.asList(TextReportRenderer.render(results, sources, options).split("\n"));
  }

  private static void assertRow(List<String> lines, String numbers) {
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith(numbers + "  ")),
        "no row " + numbers + " in\n" + String.join("\n", lines));
  }
}
