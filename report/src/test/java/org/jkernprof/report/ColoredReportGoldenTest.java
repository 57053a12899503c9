package org.jkernprof.report;

import static org.jkernprof.report.Profiles.line;
import static org.jkernprof.report.Profiles.method;
import static org.jkernprof.report.Profiles.results;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.Test;

/**
 * The coloured report: golden files that hold the escape codes (read them with {@code cat -v} or
 * {@code less -R}), and the check that removing the codes gives the plain report byte for byte.
 */
class ColoredReportGoldenTest {
  private static final Path SHOP = GoldenFiles.resourceFolder("report/shop");
  private static final ReportOptions COLOR = ReportOptions.defaults().withColor(true);

  // Markup.java: lines that are hard to colour one at a time. Hits and times are made up.
  static final MethodProfile MARKUP_RENDER =
      method(
          "com.acme.shop.Markup",
          "render",
          "(Ljava/util/List;C)Ljava/util/Map;",
          "Markup.java",
          1_000_000,
          line(14, 1, 1_000),
          line(15, 1, 900),
          line(16, 1, 12_000),
          line(19, 1, 100_000),
          line(20, 1, 500),
          line(24, 1, 99_500),
          line(25, 11, 300_000),
          line(26, 10, 480_000),
          line(27, 10, 1_100),
          line(28, 1, 2_000),
          line(29, 1, 1_000),
          line(30, 1, 2_000));

  @Test
  void colouredShopReportMatchesItsGolden() throws IOException {
    String colored = render(shop(), COLOR);
    GoldenFiles.assertMatches("shop-color.txt", colored);
    assertEquals(GoldenFiles.expected("shop.txt"), AnsiText.strip(colored));
  }

  @Test
  void colouredTrickySourceMatchesItsGolden() throws IOException {
    String colored = render(results(MARKUP_RENDER), COLOR.withSummarize(true));
    String plain = render(results(MARKUP_RENDER), ReportOptions.defaults().withSummarize(true));
    GoldenFiles.assertMatches("markup-color.txt", colored);
    GoldenFiles.assertMatches("markup.txt", plain);
    LineProfilerOracle.assertAgrees(
        "markup.txt",
        List.of(MARKUP_RENDER),
        new SourceResolver(SourceResolver.searchPath(List.of(), SHOP, Optional.empty()), SHOP),
        ReportOptions.defaults().withSummarize(true),
        path -> "report/shop/" + path,
        plain);
    assertEquals(plain, AnsiText.strip(colored));
  }

  @Test
  void everyOtherGoldenReportIsTheColouredOneWithoutItsCodes() throws IOException {
    LineResults shop = shop();
    assertEquals(
        GoldenFiles.expected("unit-milliseconds.txt"),
        AnsiText.strip(
            render(
                results(
                    TextReportRendererGoldenTest.SUM_OF_SQUARES,
                    TextReportRendererGoldenTest.TOTAL),
                COLOR.withUnit(1e-3))));
    assertEquals(
        GoldenFiles.expected("skip-zero.txt"),
        AnsiText.strip(
            render(
                results(
                    TextReportRendererGoldenTest.ADD_INTS,
                    TextReportRendererGoldenTest.NEVER_CALLED,
                    TextReportRendererGoldenTest.ADD_DOUBLES),
                COLOR.withSkipZero(true).withSummarize(true))));
    assertTrue(render(shop, COLOR).contains(AnsiStyle.HOT.on()), "a hot line in the shop");
  }

  @Test
  void sourcesThatCannotBeParsedOrFoundAreShownPlainInColour() throws IOException {
    String colored =
        render(
            results(
                TextReportRendererGoldenTest.GONE_RUN,
                TextReportRendererGoldenTest.BROKEN_HEADER_HALF),
            COLOR);
    assertEquals(GoldenFiles.expected("missing-and-unparsable.txt"), AnsiText.strip(colored));
    // BrokenHeader.java's tokens still colour its lines.
    assertTrue(
        AnsiText.marked(colored)
            .contains("     9         3          1.2      0.4     «hot:80.0»      «K:int» result"),
        AnsiText.marked(colored));
  }

  private static LineResults shop() {
    return results(
        TextReportRendererGoldenTest.POINT_DISTANCE,
        TextReportRendererGoldenTest.TOTAL,
        TextReportRendererGoldenTest.ORDER_TOTAL,
        TextReportRendererGoldenTest.ADD_INTS,
        TextReportRendererGoldenTest.ADD_DOUBLES,
        TextReportRendererGoldenTest.SUM_OF_SQUARES,
        TextReportRendererGoldenTest.NEVER_CALLED,
        TextReportRendererGoldenTest.ORDER_CONSTRUCTOR,
        TextReportRendererGoldenTest.LINE_COST,
        TextReportRendererGoldenTest.POINT_CONSTRUCTOR,
        TextReportRendererGoldenTest.COLOR_CONSTRUCTOR,
        TextReportRendererGoldenTest.COLOR_BRIGHTNESS,
        TextReportRendererGoldenTest.BOXES_MAX,
        TextReportRendererGoldenTest.SHAPE_DESCRIBE,
        TextReportRendererGoldenTest.ANONYMOUS_RUN);
  }

  private static String render(LineResults results, ReportOptions options) {
    SourceResolver sources =
        new SourceResolver(SourceResolver.searchPath(List.of(), SHOP, Optional.empty()), SHOP);
    return TextReportRenderer.render(results, sources, options);
  }
}
