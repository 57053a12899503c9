package org.jkernprof.report;

import java.io.IOException;
import java.util.Locale;
import org.jkernprof.results.FunctionResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Renders {@link FunctionProfiles#classic()} and compares the whole text with the expected reports
 * in {@code src/test/resources/report/expected/stats-*.txt}, which follow pstats' layout column for
 * column.
 */
class StatsReportRendererGoldenTest {
  private static final FunctionResults CLASSIC = FunctionProfiles.classic();

  @Test
  void listsEveryMethodByCumulativeTimeByDefault() throws IOException {
    GoldenFiles.assertMatches(
        "stats-default.txt", StatsReportRenderer.render(CLASSIC, StatsOptions.defaults()));
  }

  @ParameterizedTest
  @EnumSource(SortKey.class)
  void sortsByEachKey(SortKey key) throws IOException {
    GoldenFiles.assertMatches(
        "stats-sort-" + key.name().toLowerCase(Locale.ROOT) + ".txt",
        StatsReportRenderer.render(CLASSIC, StatsOptions.defaults().withSortKey(key)));
  }

  @Test
  void saysHowTopReducedTheList() throws IOException {
    GoldenFiles.assertMatches(
        "stats-top.txt",
        StatsReportRenderer.render(
            CLASSIC, StatsOptions.defaults().withSortKey(SortKey.TOTTIME).withTop(4)));
  }

  @Test
  void leavesOutMethodsNeverCalled() throws IOException {
    GoldenFiles.assertMatches(
        "stats-skip-zero.txt",
        StatsReportRenderer.render(CLASSIC, StatsOptions.defaults().withSkipZero(true)));
  }

  @Test
  void showsCallersWithRecursionAndUnprofiledCode() throws IOException {
    GoldenFiles.assertMatches(
        "callers-fib-and-generated.txt",
        StatsReportRenderer.renderCallers(CLASSIC, StatsOptions.defaults(), "Recursion.f?b")
            + StatsReportRenderer.renderCallers(CLASSIC, StatsOptions.defaults(), "Generated"));
  }

  @Test
  void showsCallersOfSeveralMethodsInTheReportsOrder() throws IOException {
    GoldenFiles.assertMatches(
        "callers-classic-example.txt",
        StatsReportRenderer.renderCallers(CLASSIC, StatsOptions.defaults(), "(ClassicExample.*"));
  }

  @Test
  void showsCallees() throws IOException {
    GoldenFiles.assertMatches(
        "callees-main.txt",
        StatsReportRenderer.renderCallees(CLASSIC, StatsOptions.defaults(), "main"));
  }

  @Test
  void appliesTopAfterThePattern() throws IOException {
    GoldenFiles.assertMatches(
        "callees-top.txt",
        StatsReportRenderer.renderCallees(
            CLASSIC, StatsOptions.defaults().withTop(2), "(ClassicExample."));
  }

  @Test
  void saysSoWhenNoMethodMatches() throws IOException {
    GoldenFiles.assertMatches(
        "callers-no-match.txt",
        StatsReportRenderer.renderCallers(CLASSIC, StatsOptions.defaults(), "it's \"gone\""));
  }
}
