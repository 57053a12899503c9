package org.jkernprof.report;

import static org.jkernprof.report.Profiles.line;
import static org.jkernprof.report.Profiles.method;
import static org.jkernprof.report.Profiles.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders results over the fixture sources in {@code src/test/resources/report} and compares the
 * whole text with the expected reports beside them. The statistic lines are the ones javac's line
 * tables give for the fixtures; hits and times are made up.
 */
class TextReportRendererGoldenTest {
  private static final Path SHOP = GoldenFiles.resourceFolder("report/shop");
  private static final String PKG = "com.acme.shop.";

  // Gone.java is in no source folder; BrokenHeader.java does not parse.
  static final MethodProfile GONE_RUN =
      method(
          PKG + "Gone",
          "run",
          "(Ljava/util/List;[I)V",
          "Gone.java",
          2_000_000,
          line(5, 1, 1_000),
          line(7, 10, 1_900_000),
          line(8, 0, 0),
          line(9, 1, 99_000));
  static final MethodProfile BROKEN_HEADER_HALF = half("BrokenHeader");

  // Basics.java: plain method, overloads, a lambda body, a method that never ran.
  static final MethodProfile TOTAL =
      method(
          PKG + "Basics",
          "total",
          "(Ljava/util/List;)I",
          "Basics.java",
          652_000,
          line(14, 1, 1_200),
          line(15, 1_001, 310_000),
          line(16, 1_000, 250_000),
          line(17, 1_000, 90_000),
          line(18, 1, 800));
  static final MethodProfile ADD_INTS =
      method(PKG + "Basics", "add", "(II)I", "Basics.java", 1_500, line(23, 5, 1_500));
  static final MethodProfile ADD_DOUBLES =
      method(PKG + "Basics", "add", "(DD)D", "Basics.java", 900, line(28, 2, 900));
  static final MethodProfile SUM_OF_SQUARES =
      method(
          PKG + "Basics",
          "sumOfSquares",
          "(Ljava/util/List;)I",
          "Basics.java",
          7_540_000,
          line(33, 2, 5_000_000),
          line(34, 1, 40_000),
          line(36, 1_000, 600_000),
          line(37, 1_000, 300_000),
          line(39, 1, 2_500_000));
  static final MethodProfile NEVER_CALLED =
      method(
          PKG + "Basics",
          "neverCalled",
          "([Ljava/lang/String;)V",
          "Basics.java",
          0,
          line(44, 0, 0),
          line(45, 0, 0));

  // Order.java: a constructor that runs a field initializer (line 9), a nested class.
  static final MethodProfile ORDER_CONSTRUCTOR =
      method(
          PKG + "Order",
          "<init>",
          "(ILjava/lang/String;)V",
          "Order.java",
          13_400,
          line(9, 3, 9_000),
          line(14, 3, 3_000),
          line(15, 3, 600),
          line(16, 3, 500),
          line(17, 3, 300));
  static final MethodProfile ORDER_TOTAL =
      method(
          PKG + "Order",
          "total",
          "()J",
          "Order.java",
          9_700,
          line(29, 1, 200),
          line(30, 4, 3_000),
          line(31, 3, 6_000),
          line(32, 3, 400),
          line(33, 1, 100));
  static final MethodProfile LINE_COST =
      method(PKG + "Order$Line", "cost", "()J", "Order.java", 1_800, line(48, 3, 1_800));

  // Point.java: a record's compact constructor and method.
  static final MethodProfile POINT_CONSTRUCTOR =
      method(
          PKG + "Point",
          "<init>",
          "(DD)V",
          "Point.java",
          3_700,
          line(8, 4, 2_000),
          line(9, 2, 1_500),
          line(10, 0, 0),
          line(12, 2, 200));
  static final MethodProfile POINT_DISTANCE =
      method(
          PKG + "Point",
          "distanceTo",
          "(Lcom/acme/shop/Point;)D",
          "Point.java",
          2_900,
          line(16, 1, 300),
          line(17, 1, 100),
          line(18, 1, 2_500));

  // Color.java: an enum constructor (synthetic name and ordinal parameters) and method.
  static final MethodProfile COLOR_CONSTRUCTOR =
      method(
          PKG + "Color",
          "<init>",
          "(Ljava/lang/String;IIII)V",
          "Color.java",
          1_700,
          line(15, 2, 1_000),
          line(16, 2, 200),
          line(17, 2, 200),
          line(18, 2, 200),
          line(19, 2, 100));
  static final MethodProfile COLOR_BRIGHTNESS =
      method(
          PKG + "Color",
          "brightness",
          "()I",
          "Color.java",
          26_500,
          line(23, 10, 5_000),
          line(24, 20, 20_000),
          line(25, 10, 1_500),
          line(26, 0, 0));

  // Boxes.java: generics, an interface's default method, an anonymous class's method.
  static final MethodProfile BOXES_MAX =
      method(
          PKG + "Boxes",
          "max",
          "(Ljava/util/List;)Ljava/lang/Comparable;",
          "Boxes.java",
          9_000,
          line(12, 1, 100),
          line(13, 6, 3_000),
          line(14, 5, 4_000),
          line(15, 2, 200),
          line(17, 5, 1_600),
          line(18, 1, 100));
  static final MethodProfile SHAPE_DESCRIBE =
      method(
          PKG + "Boxes$Shape",
          "describe",
          "()Ljava/lang/String;",
          "Boxes.java",
          80_000,
          line(26, 2, 80_000));
  static final MethodProfile ANONYMOUS_RUN =
      method(PKG + "Boxes$1", "run", "()V", "Boxes.java", 360, line(35, 3, 300), line(36, 3, 60));

  @Test
  void listsEveryKindOfDeclarationInSourceOrder() throws IOException {
    // Given out of order: the report sorts by file, then declaration line.
    LineResults all =
        results(
            POINT_DISTANCE,
            TOTAL,
            ORDER_TOTAL,
            ADD_INTS,
            ADD_DOUBLES,
            SUM_OF_SQUARES,
            NEVER_CALLED,
            ORDER_CONSTRUCTOR,
            LINE_COST,
            POINT_CONSTRUCTOR,
            COLOR_CONSTRUCTOR,
            COLOR_BRIGHTNESS,
            BOXES_MAX,
            SHAPE_DESCRIBE,
            ANONYMOUS_RUN);
    assertReport("shop.txt", all, ReportOptions.defaults());
  }

  @Test
  void missingAndUnparsableSourcesStillListTheirLines() throws IOException {
    assertReport(
        "missing-and-unparsable.txt",
        results(GONE_RUN, BROKEN_HEADER_HALF),
        ReportOptions.defaults());
  }

  /**
   * Method bodies are left out of the parse that finds declarations, so a syntax error inside one
   * does not hide where its method is declared: the method is listed whole.
   */
  @Test
  void aSyntaxErrorInsideAMethodBodyStillListsTheWholeMethod() throws IOException {
    assertReport("error-in-method-body.txt", results(half("Broken")), ReportOptions.defaults());
  }

  @Test
  void readsSourcesFromTheSourcesJarBesideTheApplicationJar(@TempDir Path project)
      throws IOException {
    Path target = Files.createDirectories(project.resolve("target"));
    writeJar(
        target.resolve("lib-1.0-sources.jar"),
        "com/acme/lib/Strings.java",
        GoldenFiles.resourceFolder("report/jar-sources").resolve("com/acme/lib/Strings.java"));
    List<Path> searchPath =
        SourceResolver.searchPath(List.of(), project, Optional.of(Path.of("target/lib-1.0.jar")));
    MethodProfile repeat =
        method(
            "com.acme.lib.Strings",
            "repeat",
            "(Ljava/lang/String;I)Ljava/lang/String;",
            "Strings.java",
            48_000,
            line(11, 1, 2_000),
            line(12, 4, 6_000),
            line(13, 3, 39_000),
            line(15, 1, 1_000));
    SourceResolver sources = new SourceResolver(searchPath, project);
    String report = TextReportRenderer.render(results(repeat), sources, ReportOptions.defaults());
    GoldenFiles.assertMatches("sources-jar.txt", report);
    LineProfilerOracle.assertAgrees(
        "sources-jar.txt",
        List.of(repeat),
        sources,
        ReportOptions.defaults(),
        path -> "report/jar-sources/" + path.substring(path.indexOf("!/") + 2),
        report);
  }

  @Test
  void showsTimesInMilliseconds() throws IOException {
    assertReport(
        "unit-milliseconds.txt",
        results(SUM_OF_SQUARES, TOTAL),
        ReportOptions.defaults().withUnit(1e-3));
  }

  @Test
  void showsTimesInSeconds() throws IOException {
    MethodProfile slow =
        method(
            PKG + "Basics",
            "sumOfSquares",
            "(Ljava/util/List;)I",
            "Basics.java",
            3_250_000_000L,
            line(33, 2, 2_000_000_000L),
            line(34, 1, 50_000_000),
            line(36, 1_000, 600_000_000),
            line(37, 1_000, 300_000_000),
            line(39, 1, 1_200_000_000L));
    assertReport("unit-seconds.txt", results(slow), ReportOptions.defaults().withUnit(1));
  }

  @Test
  void skipZeroLeavesOutMethodsThatNeverRan() throws IOException {
    assertReport(
        "skip-zero.txt",
        results(ADD_INTS, NEVER_CALLED, ADD_DOUBLES),
        ReportOptions.defaults().withSkipZero(true).withSummarize(true));
  }

  @Test
  void summarizeEndsWithOneLinePerMethod() throws IOException {
    MethodProfile slowTotal =
        method(
            PKG + "Order",
            "total",
            "()J",
            "Order.java",
            12_345_678_901L,
            line(29, 1, 200),
            line(30, 4, 12_345_000_000L),
            line(33, 1, 678_701));
    assertReport(
        "summarize.txt",
        results(ORDER_CONSTRUCTOR, slowTotal, LINE_COST, TOTAL),
        ReportOptions.defaults().withSummarize(true));
  }

  @Test
  void widensColumnsForHugeNumbers() throws IOException {
    MethodProfile huge =
        method(
            PKG + "Order",
            "total",
            "()J",
            "Order.java",
            Long.MAX_VALUE,
            line(29, 1, 200),
            line(30, Long.MAX_VALUE, Long.MAX_VALUE),
            line(31, 123_456_789_012L, 987_654_321_098_765L),
            line(33, 1, 100));
    assertReport("huge-numbers.txt", results(huge), ReportOptions.defaults());
  }

  private static String render(LineResults results, ReportOptions options) {
    SourceResolver sources =
        new SourceResolver(SourceResolver.searchPath(List.of(), SHOP, Optional.empty()), SHOP);
    return TextReportRenderer.render(results, sources, options);
  }

  /**
   * Compares the report with its golden file, and with what line_profiler prints for the same
   * numbers ({@link LineProfilerOracle}).
   */
  private static void assertReport(String golden, LineResults results, ReportOptions options)
      throws IOException {
    String report = render(results, options);
    GoldenFiles.assertMatches(golden, report);
    SourceResolver sources =
        new SourceResolver(SourceResolver.searchPath(List.of(), SHOP, Optional.empty()), SHOP);
    LineProfilerOracle.assertAgrees(
        golden, results.methods(), sources, options, path -> "report/shop/" + path, report);
  }

  private static void writeJar(Path jar, String entryName, Path content) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("com/"));
      out.closeEntry();
      out.putNextEntry(new JarEntry(entryName));
      out.write(Files.readAllBytes(content));
      out.closeEntry();
    }
  }

  /** {@code half(int)} of the shop class {@code simpleName}, lines 9 and 10 (Broken*.java). */
  private static MethodProfile half(String simpleName) {
    return method(
        PKG + simpleName,
        "half",
        "(I)I",
        simpleName + ".java",
        1_500,
        line(9, 3, 1_200),
        line(10, 3, 300));
  }
}
