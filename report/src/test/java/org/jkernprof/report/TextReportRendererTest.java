package org.jkernprof.report;

import static org.jkernprof.report.Profiles.line;
import static org.jkernprof.report.Profiles.method;
import static org.jkernprof.report.Profiles.results;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of the whole report beyond the golden files: odd input never breaks it. */
class TextReportRendererTest {
  private static final Path SHOP = GoldenFiles.resourceFolder("report/shop");
  private static final String PKG = "com.acme.shop.";

  @Test
  void emptyResultsGiveOnlyTheTimerUnit() {
    assertEquals("Timer unit: 1e-06 s\n\n", render(results()));
    assertEquals(
        "Timer unit: 1e-06 s\n\n",
        TextReportRenderer.render(
            results(),
            new SourceResolver(List.of(), SHOP),
            ReportOptions.defaults().withSummarize(true)));
  }

  @Test
  void aMethodWithoutLinesStillGetsItsDeclaration() {
    MethodProfile empty =
        method(PKG + "Point", "distanceTo", "(Lcom/acme/shop/Point;)D", "Point.java", 0);
    String report = render(results(empty));
    assertTrue(report.contains("Function: Point.distanceTo(Point) at line 14\n"), report);
    assertTrue(report.contains("\n    18                                           "), report);
  }

  @Test
  void aMissingMethodWithoutLinesPrintsAnEmptyTable() {
    MethodProfile nothing = method(PKG + "Gone", "run", "()V", "Gone.java", 0);
    String report = render(results(nothing));
    assertTrue(
        report.endsWith(
            "Function: Gone.run() at line 0\n"
                + "Source not found: com/acme/shop/Gone.java (searched: src/main/java,"
                + " src/test/java, .)\n"
                + "\n"
                + "Line #      Hits         Time  Per Hit   % Time  Line Contents\n"
                + "==============================================================\n"
                + "\n"),
        report);
  }

  @Test
  void linesOutsideTheDeclarationFollowItInLineOrder() {
    MethodProfile add =
        method(
            PKG + "Basics",
            "add",
            "(II)I",
            "Basics.java",
            3_000,
            line(23, 1, 1_000),
            line(9_999, 1, 1_000),
            line(0, 1, 500),
            line(16, 1, 500));
    assertEquals(List.of(21, 22, 23, 24, 0, 16, 9_999), rowNumbers(render(results(add))));
  }

  @Test
  void aSourceThatDoesNotDeclareTheMethodShowsTheLinesWithStatistics() {
    MethodProfile renamed =
        method(
            PKG + "Basics",
            "renamed",
            "()V",
            "Basics.java",
            2_000,
            line(15, 1, 1_000),
            line(17, 1, 1_000));
    String report = render(results(renamed));
    assertTrue(
        report.contains(
            "Function: Basics.renamed() at line 15\n"
                + "Declaration not found in "
                + Path.of("src/main/java/com/acme/shop/Basics.java")
                + "; showing the lines with statistics\n"),
        report);
    assertEquals(List.of(15, 16, 17), rowNumbers(report));
    assertTrue(report.contains("        sum += v;\n"), report);
  }

  @Test
  void farApartLinesWithoutADeclarationAreListedAloneNotAsARange() {
    MethodProfile odd =
        method(
            PKG + "Gone",
            "run",
            "()V",
            "Gone.java",
            2,
            line(1, 1, 1),
            line(Integer.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE));
    assertEquals(List.of(1, Integer.MAX_VALUE), rowNumbers(render(results(odd))));
  }

  @Test
  void aClassFileWithoutASourceFileNameIsLookedUpByItsTopLevelClass() {
    MethodProfile cost = method(PKG + "Order$Line", "cost", "()J", "", 100, line(48, 1, 100));
    String report = render(results(cost));
    assertTrue(
        report.contains(
            "File: "
                + Path.of("src/main/java/com/acme/shop/Order.java")
                + "\n"
                + "Function: Order.Line.cost() at line 46\n\n"),
        report);
  }

  @Test
  void aNonJavaSourceIsShownButNotParsed(@TempDir Path cwd) throws IOException {
    Path kotlin = cwd.resolve("src/main/kotlin/com/acme/Shop.kt");
    Files.createDirectories(kotlin.getParent());
    Files.write(
        kotlin,
        List.of(
            "package com.acme", "", "fun total(xs: List<Int>): Int {", "    return xs.sum()", "}"));
    MethodProfile total =
        method(
            "com.acme.ShopKt", "total", "(Ljava/util/List;)I", "Shop.kt", 1_000, line(4, 1, 1_000));
    String report =
        TextReportRenderer.render(
            results(total),
            new SourceResolver(List.of(Path.of("src/main/kotlin")), cwd),
            ReportOptions.defaults());
    String shown = Path.of("src/main/kotlin/com/acme/Shop.kt").toString();
    assertTrue(
        report.contains(
            "File: "
                + shown
                + "\n"
                + "Function: ShopKt.total(List) at line 4\n"
                + "Source could not be parsed: "
                + shown
                + " (not a .java file)\n"),
        report);
    assertTrue(
        report.endsWith("     4         1          1.0      1.0    100.0      return xs.sum()\n\n"),
        report);
  }

  @Test
  void methodsAreOrderedBySourcePathThenDeclarationLine() {
    LineResults all =
        results(
            TextReportRendererGoldenTest.POINT_DISTANCE,
            TextReportRendererGoldenTest.LINE_COST,
            TextReportRendererGoldenTest.ADD_DOUBLES,
            TextReportRendererGoldenTest.ORDER_CONSTRUCTOR,
            TextReportRendererGoldenTest.ADD_INTS);
    List<String> functions =
        Arrays.stream(render(all).split("\n"))
            .filter(l -> l.startsWith("Function: "))
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "Function: Basics.add(int, int) at line 21",
            "Function: Basics.add(double, double) at line 26",
            "Function: Order.Order(int, String) at line 13",
            "Function: Order.Line.cost() at line 46",
            "Function: Point.distanceTo(Point) at line 14"),
        functions);
  }

  @Test
  void sortByTimeListsTheLongestMethodFirstAndTheSummaryInTheSameOrder() {
    MethodProfile distanceTie =
        method(
            PKG + "Point",
            "distanceTo",
            "(Lcom/acme/shop/Point;)D",
            "Point.java",
            TextReportRendererGoldenTest.ADD_INTS.totalNanos(),
            line(18, 1, 1_500));
    LineResults all =
        results(
            distanceTie,
            TextReportRendererGoldenTest.ADD_DOUBLES,
            TextReportRendererGoldenTest.NEVER_CALLED,
            TextReportRendererGoldenTest.TOTAL,
            TextReportRendererGoldenTest.ADD_INTS,
            TextReportRendererGoldenTest.SUM_OF_SQUARES);
    String report =
        TextReportRenderer.render(
            all,
            new SourceResolver(SourceResolver.searchPath(List.of(), SHOP, Optional.empty()), SHOP),
            ReportOptions.defaults().withSortByTime(true).withSummarize(true));
    List<String> order =
        List.of(
            "Basics.sumOfSquares(List<Integer>)",
            "Basics.total(List<Integer>)",
            // Equal totals keep the source order: Basics.java before Point.java.
            "Basics.add(int, int)",
            "Point.distanceTo(Point)",
            "Basics.add(double, double)",
            "Basics.neverCalled(String...)");
    List<String> functions =
        Arrays.stream(report.split("\n"))
            .filter(l -> l.startsWith("Function: "))
            .map(l -> l.substring("Function: ".length(), l.indexOf(" at line ")))
            .collect(Collectors.toList());
    assertEquals(order, functions);
    List<String> summary =
        Arrays.stream(report.split("\n"))
            .filter(l -> l.contains(" seconds - "))
            .map(l -> l.substring(l.lastIndexOf(" - ") + 3))
            .collect(Collectors.toList());
    assertEquals(order, summary);
  }

  @Test
  void withoutSortByTimeTheSourceOrderStays() {
    LineResults all =
        results(TextReportRendererGoldenTest.SUM_OF_SQUARES, TextReportRendererGoldenTest.ADD_INTS);
    String sorted =
        TextReportRenderer.render(
            all,
            new SourceResolver(List.of(), SHOP),
            ReportOptions.defaults().withSortByTime(false));
    assertTrue(
        sorted.indexOf("Basics.add(int, int)") < sorted.indexOf("Basics.sumOfSquares("), sorted);
  }

  private static String render(LineResults results) {
    SourceResolver sources =
        new SourceResolver(SourceResolver.searchPath(List.of(), SHOP, Optional.empty()), SHOP);
    return TextReportRenderer.render(results, sources, ReportOptions.defaults());
  }

  /** The line numbers of the table rows of a one-method report. */
  private static List<Integer> rowNumbers(String report) {
    String table = report.substring(report.indexOf("=\n") + 2);
    return Arrays.stream(table.split("\n"))
        .filter(l -> !l.isBlank())
        .map(l -> Integer.parseInt(l.substring(0, Math.min(l.length(), 12)).trim().split(" ")[0]))
        .collect(Collectors.toList());
  }
}
