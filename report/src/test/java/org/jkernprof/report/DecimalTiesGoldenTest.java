package org.jkernprof.report;

import static org.jkernprof.report.Profiles.line;
import static org.jkernprof.report.Profiles.method;
import static org.jkernprof.report.Profiles.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.Test;

/**
 * Numbers that are ties in decimal: line_profiler computes in doubles, so 0.45 us (a double a
 * little above) prints as 0.5, 0.15 us (a little below) as 0.1, and a total of 1234565 ns as
 * 0.00123457 s. The report must print what line_profiler prints, which {@link LineProfilerOracle}
 * checks.
 */
class DecimalTiesGoldenTest {
  private static final Path SHOP = GoldenFiles.resourceFolder("report/shop");
  private static final String PKG = "com.acme.shop.";

  @Test
  void printsDecimalTiesAsLineProfilerDoes() throws IOException {
    List<MethodProfile> methods =
        List.of(
            method(
                PKG + "Basics",
                "total",
                "(Ljava/util/List;)I",
                "Basics.java",
                1_234_565,
                line(14, 1, 450),
                line(15, 2, 1_050),
                line(16, 4, 2_250),
                line(17, 3, 150),
                line(18, 1, 1_230_665)),
            method(
                PKG + "Basics",
                "sumOfSquares",
                "(Ljava/util/List;)I",
                "Basics.java",
                10_000,
                line(33, 1, 5),
                line(34, 1, 15),
                line(36, 1, 25),
                line(37, 1, 35),
                line(39, 1, 9_920)));
    SourceResolver sources =
        new SourceResolver(SourceResolver.searchPath(List.of(), SHOP, Optional.empty()), SHOP);
    String report =
        TextReportRenderer.render(
            results(methods.toArray(new MethodProfile[0])), sources, ReportOptions.defaults());
    GoldenFiles.assertMatches("decimal-ties.txt", report);
    LineProfilerOracle.assertAgrees(
        "decimal-ties.txt",
        methods,
        sources,
        ReportOptions.defaults(),
        path -> "report/shop/" + path,
        report);
  }
}
