package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jkernprof.results.LineStats;
import org.junit.jupiter.api.Test;

class LineTableTest {
  private static final String HEADER =
      "Line #      Hits         Time  Per Hit   % Time  Line Contents";

  @Test
  void usesLineProfilersColumnsForOrdinaryNumbers() {
    List<ListingRow> rows =
        List.of(
            row(4, null, "@profile"),
            row(6, new LineStats(6, 1, 170_939_500), "    return [x for x in y]"));
    assertEquals(
        HEADER
            + "\n"
            + "=".repeat(HEADER.length())
            + "\n"
            + "     4                                           @profile\n"
            + "     6         1     170939.5 170939.5    100.0      return [x for x in y]\n",
        new LineTable(1e-6).render(rows, 170_939_500));
  }

  @Test
  void widensEveryColumnThatOverflowsSoContentsStayAligned() {
    List<ListingRow> rows =
        List.of(
            row(1_234_567, new LineStats(1_234_567, 1, 1_000_265_900), "a"),
            row(8, new LineStats(8, 12_345_678_901L, 9_000_000_000_000L), "b"),
            row(9, null, "c"));
    String[] lines = new LineTable(1e-6).render(rows, 1_000).split("\n");
    int contents = lines[0].indexOf("Line Contents");
    assertEquals(lines[0].length(), lines[1].length(), "the rule is as long as the header");
    for (int i = 2; i < lines.length; i++) {
      assertEquals(contents, lines[i].length() - 1, "row " + lines[i]);
    }
    assertEquals("1234567           1    1000265.9 1000265.9    100026590.0  a", lines[2]);
  }

  @Test
  void linesThatNeverRanHaveEmptyNumberColumns() {
    String table =
        new LineTable(1e-6).render(List.of(row(3, new LineStats(3, 0, 0), "  int x;")), 0);
    assertEquals("     3                                             int x;", table.split("\n")[2]);
  }

  @Test
  void aZeroTotalLeavesThePercentageEmpty() {
    String table = new LineTable(1e-6).render(List.of(row(3, new LineStats(3, 2, 0), "x++;")), 0);
    assertEquals("     3         2          0.0      0.0           x++;", table.split("\n")[2]);
  }

  @Test
  void convertsToTheOutputUnitRoundingHalfToEven() {
    String table =
        new LineTable(1e-3)
            .render(List.of(row(1, new LineStats(1, 4, 1_250_000), "f()")), 2_500_000);
    // 1.25 ms rounds to 1.2, 0.3125 ms per hit to 0.3.
    assertEquals("     1         4          1.2      0.3     50.0  f()", table.split("\n")[2]);
  }

  @Test
  void dropsTrailingBlanks() {
    String table =
        new LineTable(1e-6).render(List.of(row(5, null, ""), row(6, null, "  x;   ")), 1);
    assertEquals("     5", table.split("\n")[2]);
    assertEquals("     6                                             x;", table.split("\n")[3]);
  }

  @Test
  void inColourGradesPercentTimeAndKeepsTheVisibleLayout() {
    StyledText keyword =
        new StyledText.Builder()
            .append("    ", null)
            .append("return", AnsiStyle.KEYWORD)
            .append(" x;   ", null)
            .build();
    List<ListingRow> rows =
        List.of(
            new ListingRow(
                1, Optional.empty(), StyledText.styled("@Profile", AnsiStyle.ANNOTATION)),
            row(2, new LineStats(2, 1, 5_000), "a();"),
            row(3, new LineStats(3, 1, 100_000), "b();"),
            row(4, new LineStats(4, 1, 200_000), "c();"),
            new ListingRow(5, Optional.of(new LineStats(5, 1, 695_000)), keyword),
            row(6, new LineStats(6, 0, 0), ""));
    String colored = new LineTable(1e-6, true, false, ShownTime.MEASURED).render(rows, 1_000_000);
    assertEquals(
        new LineTable(1e-6, false, false, ShownTime.MEASURED).render(rows, 1_000_000),
        AnsiText.strip(colored));
    String[] lines = AnsiText.marked(colored).split("\n");
    assertEquals(HEADER, lines[0], "the header stays plain");
    assertEquals("     1                                           «A:@Profile»", lines[2]);
    assertEquals("     2         1          5.0      5.0      «faint:0.5»  a();", lines[3]);
    assertEquals("     3         1        100.0    100.0     «warm:10.0»  b();", lines[4]);
    assertEquals("     4         1        200.0    200.0     «warm:20.0»  c();", lines[5]);
    assertEquals(
        "     5         1        695.0    695.0     «hot:69.5»      «K:return» x;", lines[6]);
    assertEquals("     6", lines[7]);
  }

  @Test
  void withoutColourStyledContentsArePrintedPlain() {
    ListingRow styled =
        new ListingRow(
            7, Optional.of(new LineStats(7, 1, 10)), StyledText.styled("x++;", AnsiStyle.KEYWORD));
    assertEquals(
        "     7         1          0.0      0.0    100.0  x++;",
        new LineTable(1e-6).render(List.of(styled), 10).split("\n")[2]);
  }

  @Test
  void roundsTheDoublesBinaryValueAsLineProfilerDoes() {
    // 450 ns is 0.45 us in decimal, a tie; the double of 450 * 0.001 is a little above it, and
    // line_profiler prints 0.5. 150 ns, 0.15 us, is a little below: 0.1.
    String table =
        new LineTable(1e-6)
            .render(
                List.of(
                    row(1, new LineStats(1, 1, 450), "a"),
                    row(2, new LineStats(2, 10, 1_500), "b")),
                1_000_000);
    assertEquals("     1         1          0.5      0.5      0.0  a", table.split("\n")[2]);
    assertEquals("     2        10          1.5      0.1      0.1  b", table.split("\n")[3]);
  }

  @Test
  void numbersAreThoseOfLineProfilersDoublesForEveryUnitAndMagnitude() {
    Random random = new Random(7);
    double[] units = {1e-6, 1e-3, 1, 1e-9, 2.5e-7, 1e-10, 3e-5};
    long[] magnitudes = {10, 1_000_000, 1_000_000_000_000L, Long.MAX_VALUE / 50, Long.MAX_VALUE};
    for (double unit : units) {
      for (int i = 0; i < 300; i++) {
        long nanos = Math.floorMod(random.nextLong(), magnitudes[i % magnitudes.length]);
        long hits = 1 + Math.floorMod(random.nextLong(), magnitudes[(i / 5) % magnitudes.length]);
        long total = i % 7 == 0 ? nanos : nanos + Math.floorMod(random.nextLong(), 1 + nanos);
        String[] cells =
            new LineTable(unit)
                .render(List.of(row(1, new LineStats(1, hits, nanos), "x")), total)
                .split("\n")[2]
                .trim()
                .split(" +");
        // line_profiler's show_func, with a timer unit of 1e-9 s: scalar = unit / output_unit,
        // '%5.1f' % (time * scalar), (float(time) * scalar / nhits), (100 * time / total_time).
        double scalar = 1e-9 / unit;
        String context = "unit " + unit + ", " + hits + " hits, " + nanos + " of " + total + " ns";
        assertEquals(pythonOneDecimal(nanos * scalar), cells[2], "time, " + context);
        assertEquals(pythonOneDecimal(nanos * scalar / hits), cells[3], "per hit, " + context);
        double hundredTimes =
            BigInteger.valueOf(nanos).multiply(BigInteger.valueOf(100)).doubleValue();
        String percent = total == 0 ? "x" : pythonOneDecimal(hundredTimes / total);
        assertEquals(percent, cells[4], "% time, " + context);
      }
    }
  }

  /** Python's {@code '%.1f' % value}: the double's exact value, rounded half to even. */
  private static String pythonOneDecimal(double value) {
    return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static ListingRow row(int line, LineStats stats, String contents) {
    return new ListingRow(line, Optional.ofNullable(stats), contents);
  }
}
