package org.jkernprof.report;

import static org.jkernprof.report.Profiles.line;
import static org.jkernprof.report.Profiles.method;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.RunInfo;
import org.jkernprof.results.TestProfile;
import org.junit.jupiter.api.Test;

/** The report split by test, over the shop fixture sources, against its golden file. */
class TestsReportRendererGoldenTest {
  private static final String PKG = "com.acme.shop.";

  private static MethodProfile total(long nanos, long... hitsOfLines15To17) {
    return method(
        PKG + "Basics",
        "total",
        "(Ljava/util/List;)I",
        "Basics.java",
        nanos,
        line(14, 1, 1_200),
        line(15, hitsOfLines15To17[0], nanos / 2),
        line(16, hitsOfLines15To17[1], nanos / 3),
        line(17, hitsOfLines15To17[2], nanos / 6 - 1_200),
        line(18, 1, 0));
  }

  private static final MethodProfile ADD =
      method(PKG + "Basics", "add", "(II)I", "Basics.java", 1_500, line(23, 5, 1_500));

  @Test
  void showsEachTestsLinesThenTheTestsThatRanNone() throws IOException {
    LineResults results =
        new LineResults(
            new RunInfo("surefire", "17", 0, 9_000_000),
            List.of(total(652_000, 1_001, 1_000, 1_000), ADD),
            List.of(
                new TestProfile(
                    "com.acme.shop.BasicsTest#totalOfTen()",
                    2_100_000,
                    false,
                    List.of(total(52_000, 11, 10, 10))),
                new TestProfile("com.acme.shop.BasicsTest#empty()", 300_000, false, List.of()),
                new TestProfile(
                    "com.acme.shop.BasicsTest#adds(int) [1] 5",
                    6_000_000,
                    true,
                    List.of(total(600_000, 990, 990, 990), ADD))));
    Path shop = GoldenFiles.resourceFolder("report/shop");
    SourceResolver sources =
        new SourceResolver(SourceResolver.searchPath(List.of(), shop, Optional.empty()), shop);
    GoldenFiles.assertMatches(
        "by-test.txt",
        TestsReportRenderer.render(results, sources, ReportOptions.defaults().withSummarize(true)));
  }
}
