package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jkernprof.testsupport.ExpectedHits;

/** What must hold for every method's table of a parsed report, whatever the program. */
final class ReportChecks {
  /** Each value of the Time, Per Hit and % Time columns is rounded to one decimal. */
  private static final BigDecimal HALF_DECIMAL = new BigDecimal("0.05");

  private ReportChecks() {}

  /**
   * The method's {@code File:} is {@code source} (a relative path is relative to the command's
   * {@code folder}), its {@code Function:} line is the {@code @Profile} annotation, and its rows
   * are the declaration's lines, from there to its closing brace, each with the text it has in the
   * source.
   */
  static void showsItsDeclaration(LineReport.Method method, JavaSource source, Path folder) {
    assertSameFile(source.file(), folder.resolve(method.file()));
    int first = method.declarationLine();
    assertEquals(
        "@Profile",
        source.line(first).strip(),
        "the line of " + method.function() + " in " + source.file());
    int last = source.closingBraceOf(first);
    List<Integer> expectedLines = new ArrayList<>();
    List<String> expectedContents = new ArrayList<>();
    for (int n = first; n <= last; n++) {
      expectedLines.add(n);
      expectedContents.add(source.line(n).stripTrailing());
    }
    assertEquals(
        expectedLines,
        method.rows().stream().map(LineReport.Row::line).toList(),
        "rows of " + method.function());
    assertEquals(
        expectedContents,
        method.rows().stream().map(LineReport.Row::contents).toList(),
        "contents of " + method.function());
  }

  /** Per Hit is Time divided by Hits, both rounded to one decimal. */
  static void perHitIsTimeOverHits(LineReport.Method method) {
    for (LineReport.Row row : method.rowsThatRan()) {
      BigDecimal hits = BigDecimal.valueOf(row.hits());
      // |perHit - time / hits| <= 0.05 + 0.05 / hits, times hits.
      BigDecimal error = row.perHit().multiply(hits).subtract(row.time()).abs();
      BigDecimal allowed = HALF_DECIMAL.multiply(hits).add(HALF_DECIMAL);
      assertTrue(
          error.compareTo(allowed) <= 0,
          "Per Hit of line "
              + row.line()
              + " of "
              + method.function()
              + " is not Time / Hits: "
              + row);
    }
  }

  /**
   * The % Time column adds up to 100, within its rounding. Only for methods without lambdas or
   * inner classes, whose lines' times are not all part of the method's own total.
   */
  static void percentagesAddUpToAHundred(LineReport.Method method) {
    BigDecimal sum = BigDecimal.ZERO;
    List<LineReport.Row> ran = method.rowsThatRan();
    for (LineReport.Row row : ran) {
      sum = sum.add(row.percent());
    }
    BigDecimal allowed =
        HALF_DECIMAL.multiply(BigDecimal.valueOf(ran.size())).add(new BigDecimal("0.01"));
    assertTrue(
        withinRounding(sum, BigDecimal.valueOf(100), allowed, anyNearZero(ran)),
        "% Time of " + method.function() + " adds up to " + sum + ", not 100 ± " + allowed);
  }

  /**
   * The Time column adds up to the method's total time, in the report's unit: both are rounded, the
   * rows to one decimal and the total to six significant digits. Only for methods without lambdas
   * or inner classes.
   */
  static void timesAddUpToTheTotal(LineReport.Method method, BigDecimal unitSeconds) {
    BigDecimal sum = BigDecimal.ZERO;
    List<LineReport.Row> ran = method.rowsThatRan();
    for (LineReport.Row row : ran) {
      sum = sum.add(row.time());
    }
    BigDecimal total = method.totalSeconds().divide(unitSeconds);
    BigDecimal totalRounding =
        method.totalSeconds().ulp().divide(BigDecimal.valueOf(2)).divide(unitSeconds);
    BigDecimal allowed = HALF_DECIMAL.multiply(BigDecimal.valueOf(ran.size())).add(totalRounding);
    assertTrue(
        withinRounding(sum, total, allowed, anyNearZero(ran)),
        "Time of "
            + method.function()
            + " adds up to "
            + sum
            + ", not its total of "
            + total.toPlainString()
            + " ± "
            + allowed.toPlainString());
  }

  /**
   * Whether the rows' {@code sum} is {@code whole} within {@code allowed}. A corrected row shown as
   * {@code ~0} holds time the total counts but the row does not show (some nanoseconds per hit, too
   * few to tell from the probes' noise), so with such rows the sum may only fall short.
   */
  private static boolean withinRounding(
      BigDecimal sum, BigDecimal whole, BigDecimal allowed, boolean hiddenTime) {
    BigDecimal over = sum.subtract(whole);
    return hiddenTime ? over.compareTo(allowed) <= 0 : over.abs().compareTo(allowed) <= 0;
  }

  private static boolean anyNearZero(List<LineReport.Row> rows) {
    return rows.stream().anyMatch(LineReport.Row::nearZero);
  }

  /** Each row whose source line says {@code // hits(N)} shows N hits, or none for 0. */
  static void hitsAsCommented(LineReport.Method method) {
    int checked = 0;
    for (LineReport.Row row : method.rows()) {
      Optional<ExpectedHits> comment = ExpectedHits.ofLine(row.line(), row.contents());
      if (comment.isEmpty()) {
        continue;
      }
      checked++;
      long expected = comment.get().hits();
      if (expected == 0) {
        assertNull(row.hits(), "hits of line " + row.line() + " of " + method.function());
      } else {
        assertEquals(expected, row.hits(), "hits of line " + row.line() + ": " + row.contents());
      }
    }
    assertTrue(checked > 0, "no row of " + method.function() + " has a // hits(N) comment");
  }

  private static void assertSameFile(Path expected, Path reported) {
    try {
      assertTrue(Files.isSameFile(expected, reported), "File: " + reported + " is not " + expected);
    } catch (IOException e) {
      throw new AssertionError("File: " + reported + " is not a file like " + expected, e);
    }
  }
}
