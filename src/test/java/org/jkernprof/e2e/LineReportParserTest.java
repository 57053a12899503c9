package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report parser the end-to-end tests rely on reads the real layout and rejects every departure
 * from it: without that, a layout regression would pass those tests.
 */
class LineReportParserTest {
  /** Two methods, the second with a widened Per Hit column, then a summary. */
  static final String REPORT =
      """
      Timer unit: 1e-06 s

      Total time: 0.0196063 s
      File: /src/demo/ClassicExample.java
      Function: ClassicExample.generateData(int) at line 18

      Line #      Hits         Time  Per Hit   % Time  Line Contents
      ==============================================================
          18                                             @Profile
          19                                             static List<Integer> generateData(int n) {
          20         1      19606.3  19606.3    100.0      return RANDOM.ints(n, 0, 1001).boxed().collect(Collectors.toList());
          21                                             }

      Total time: 1.07797 s
      File: /src/demo/ClassicExample.java
      Function: ClassicExample.processData(List<Integer>) at line 24

      Line #      Hits         Time   Per Hit   % Time  Line Contents
      ===============================================================
          24                                              @Profile
          25                                              static long processData(List<Integer> data) throws InterruptedException {
          26                                                // Simulate CPU-bound work
          27         1      66633.6   66633.6      6.2      List<Integer> sortedData = data.stream().sorted().collect(Collectors.toList());
          28
          29         1    1000372.2 1000372.2     92.8      Thread.sleep(10L * sortedData.size() / 1000);
          30         1      10965.2   10965.2      1.0      return sortedData.stream().mapToLong(Integer::longValue).sum();
          31                                              }

      Total time: 0 s
      File: demo/Unread.java
      Function: Unread.never() at line 3
      Source not found: demo/Unread.java (searched: /src)

      Line #      Hits         Time  Per Hit   % Time  Line Contents
      ==============================================================
           3
           4         2          0.0      0.0

        0.02 seconds - /src/demo/ClassicExample.java:18 - ClassicExample.generateData(int)
        1.08 seconds - /src/demo/ClassicExample.java:24 - ClassicExample.processData(List<Integer>)
        0.00 seconds - demo/Unread.java:3 - Unread.never()
      """;

  @Test
  void readsEveryPartOfTheReport() {
    LineReport report = LineReport.parse(REPORT);
    assertEquals("1e-06", report.timerUnit());
    assertEquals(Optional.empty(), report.lessPerEventNanos());
    assertEquals(
        List.of(
            "ClassicExample.generateData(int)",
            "ClassicExample.processData(List<Integer>)",
            "Unread.never()"),
        report.functions());
    LineReport.Method process = report.method("ClassicExample.processData(List<Integer>)");
    assertEquals(new BigDecimal("1.07797"), process.totalSeconds());
    assertEquals("/src/demo/ClassicExample.java", process.file());
    assertEquals(24, process.declarationLine());
    assertEquals(Optional.empty(), process.note());
    assertEquals(8, process.rows().size());
    assertEquals(
        new LineReport.Row(
            29,
            1L,
            new BigDecimal("1000372.2"),
            new BigDecimal("1000372.2"),
            new BigDecimal("92.8"),
            "    Thread.sleep(10L * sortedData.size() / 1000);",
            false),
        process.rowContaining("Thread.sleep("));
    assertEquals(new LineReport.Row(28, null, null, null, null, "", false), process.rows().get(4));
    assertEquals("    // Simulate CPU-bound work", process.rows().get(2).contents());

    LineReport.Method never = report.method("Unread.never()");
    assertEquals(Optional.of("Source not found: demo/Unread.java (searched: /src)"), never.note());
    assertNull(never.rows().get(1).percent(), "no share of a zero total");
    assertEquals(
        new LineReport.Summary(
            new BigDecimal("1.08"),
            "/src/demo/ClassicExample.java",
            24,
            "ClassicExample.processData(List<Integer>)"),
        report.summary().get(1));
  }

  /** A report of times corrected for the profiler's own cost, with a line within its noise. */
  static final String CORRECTED =
      """
      Timer unit: 1e-09 s (less the profiler's own cost, measured in this run: 34.8 ns per line event, 2.0 ns per call)

      Total time: 0.000292 s
      File: /src/KnownCosts.java
      Function: KnownCosts.lines(long) at line 7

      Line #      Hits         Time  Per Hit   % Time  Line Contents
      ==============================================================
           7                                             @Profile
           8                                             static long lines(long x) {
           9      1000           ~0       ~0       ~0      x = spin(x, 0);
          10      1000      83000.0     83.0     28.4      x = spin(x, 60);
          11      1000     209000.0    209.0     71.6      return spin(x, 152);
          12                                             }

      """;

  @Test
  void readsTheCorrectionAndTheLinesWithinItsNoise() {
    LineReport report = LineReport.parse(CORRECTED);
    assertEquals("1e-09", report.timerUnit());
    assertEquals(Optional.of(new BigDecimal("34.8")), report.lessPerEventNanos());
    LineReport.Method lines = report.method("KnownCosts.lines(long)");
    BigDecimal zero = BigDecimal.ZERO;
    assertEquals(
        new LineReport.Row(9, 1000L, zero, zero, zero, "    x = spin(x, 0);", true),
        lines.rowContaining("spin(x, 0)"));
    assertEquals(false, lines.rowContaining("spin(x, 60)").nearZero());
    assertEquals(new BigDecimal("83.0"), lines.rowContaining("spin(x, 60)").perHit());
  }

  @Test
  void rejectsNearZeroInAReportOfMeasuredTimes() {
    assertRejectedIn(
        CORRECTED,
        "~0 in a report whose times are not corrected",
        " (less the profiler's own cost, measured in this run: 34.8 ns per line event, 2.0 ns per call)",
        "");
  }

  @Test
  void rejectsNearZeroInOnlySomeOfTheTimeColumns() {
    assertRejectedIn(
        CORRECTED,
        "~0 in some of Time, Per Hit and % Time, not all",
        "~0       ~0       ~0",
        "~0      0.0       ~0");
  }

  @Test
  void rejectsACorrectionWithoutItsReason() {
    assertRejectedIn(
        CORRECTED,
        "expected Timer unit: UNIT s",
        "the profiler's own cost, measured in this run: ",
        "");
  }

  @Test
  void rejectsAValueOutOfItsColumn() {
    assertRejected(
        "column 'Hits' is not one right-aligned value",
        "    20         1      19606.3  19606.3    100.0",
        "    20        1       19606.3  19606.3    100.0");
  }

  @Test
  void rejectsContentsNotTwoBlanksAfterTheNumbers() {
    assertRejected(
        "two blanks after the % Time column",
        "    100.0      return RANDOM", "    100.0 return RANDOM");
  }

  @Test
  void rejectsARuleOfAnotherLength() {
    assertRejected(
        "the rule is not '=' repeated",
        "==============================================================\n    18",
        "=============================================================\n    18");
  }

  @Test
  void rejectsAColumnWidenedWithoutNeed() {
    assertRejected(
        "column 'Time' is 13 wide, but its widest value needs 12",
        "Line #      Hits         Time  Per Hit   % Time  Line Contents\n"
            + "==============================================================\n"
            + "     3\n"
            + "     4         2          0.0      0.0\n",
        "Line #      Hits          Time  Per Hit   % Time  Line Contents\n"
            + "===============================================================\n"
            + "     3\n"
            + "     4         2           0.0      0.0\n");
  }

  @Test
  void rejectsAHeaderNotWidenedForAWideValue() {
    assertRejected(
        "column 'Time' is not one right-aligned value",
        "Line #      Hits         Time   Per Hit",
        "Line #      Hits          Time  Per Hit");
  }

  @Test
  void rejectsAnUnknownLine() {
    assertRejected(
        "'hello': expected a note on the source, or a blank line",
        "Function: Unread.never() at line 3\n",
        "Function: Unread.never() at line 3\nhello\n");
  }

  @Test
  void rejectsAMissingBlankLine() {
    assertRejected("expected a blank line", "Timer unit: 1e-06 s\n\n", "Timer unit: 1e-06 s\n");
  }

  @Test
  void rejectsARowWithHitsButNoTime() {
    assertRejected(
        "'' is not a valid Time value",
        "     4         2          0.0      0.0",
        "     4         2");
  }

  @Test
  void rejectsTrailingBlanks() {
    assertRejected(
        "trailing blanks",
        "    21                                             }",
        "    21                                             }  ");
  }

  @Test
  void rejectsAMisalignedSummary() {
    assertRejected("summary seconds", "  0.00 seconds - demo", " 0.00 seconds - demo");
  }

  @Test
  void rejectsATimerUnitNotInPythonsFormat() {
    assertRejected(
        "'0.000001' is not written as Python's %g writes it",
        "Timer unit: 1e-06 s", "Timer unit: 0.000001 s");
  }

  /** Parsing the report with {@code valid} replaced by {@code broken} fails for {@code reason}. */
  private static void assertRejected(String reason, String valid, String broken) {
    assertRejectedIn(REPORT, reason, valid, broken);
  }

  /**
   * Parsing {@code report} with {@code valid} replaced by {@code broken} fails for {@code reason}.
   */
  private static void assertRejectedIn(String report, String reason, String valid, String broken) {
    assertEquals(1, report.split(Pattern.quote(valid), -1).length - 1, "once: " + valid);
    String text = report.replace(valid, broken);
    AssertionError error = assertThrows(AssertionError.class, () -> LineReport.parse(text));
    assertTrue(error.getMessage().contains(reason), error.getMessage());
  }
}
