package org.jkernprof.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jkernprof.results.LineStats;

/**
 * Lays out one method's table as line_profiler does ({@code %6s %9s %12s %8s %8s %-s}), but widens
 * a column when a value does not fit, so the table stays aligned. Time and Per Hit are in the
 * output unit with one decimal; % Time is relative to the method's own total time. Lines that never
 * ran have empty number columns. Trailing blanks are trimmed from every row.
 *
 * <p>When the profiler's own cost is taken out, a line whose time left is within the uncertainty of
 * that cost shows {@link #NOISE} as its Time, Per Hit and % Time.
 *
 * <p>When memory was counted, {@code Alloc} (the bytes the line allocated, its callees included)
 * and {@code Alloc/Hit} follow {@code % Time}, in B, KiB, MiB or GiB ({@link ByteSizes}).
 *
 * <p>In colour, the contents keep their syntax highlighting and {@code % Time} is graded by {@link
 * TimeShareGrades}; widths and trimming are those of the visible text, so removing the escape codes
 * gives exactly the table without colour.
 */
final class LineTable {
  private static final String[] HEADERS = {"Line #", "Hits", "Time", "Per Hit", "% Time"};
  private static final int[] DEFAULT_WIDTHS = {6, 9, 12, 8, 8};
  private static final String[] MEMORY_HEADERS = {
    "Line #", "Hits", "Time", "Per Hit", "% Time", "Alloc", "Alloc/Hit"
  };
  private static final int[] MEMORY_WIDTHS = {6, 9, 12, 8, 8, 10, 10};
  private static final String CONTENTS_HEADER = "Line Contents";
  private static final int PERCENT_COLUMN = 4;

  /**
   * What a line shows for its time when, less the profiler's own cost, it is within the uncertainty
   * of that cost: it cannot be told from zero.
   */
  static final String NOISE = "~0";

  private final BigDecimal nanosPerUnit;

  /**
   * {@link #nanosPerUnit} as a long when it is a whole number (1000 for microseconds), else 0: the
   * numbers of a table are then computed in longs, which give what {@link BigDecimal} would, many
   * times faster, as long as nothing overflows.
   */
  private final long wholeNanosPerUnit;

  private final boolean color;
  private final boolean memory;
  private final ShownTime shown;

  LineTable(double unitSeconds) {
    this(unitSeconds, false, false, ShownTime.MEASURED);
  }

  /**
   * With {@code color}, rows carry ANSI escape codes; with {@code memory}, the allocation columns
   * follow {@code % Time}; {@code shown} says which time each line shows.
   */
  LineTable(double unitSeconds, boolean color, boolean memory, ShownTime shown) {
    this.nanosPerUnit = BigDecimal.valueOf(unitSeconds).scaleByPowerOfTen(9);
    this.wholeNanosPerUnit = wholeLong(nanosPerUnit);
    this.color = color;
    this.memory = memory;
    this.shown = shown;
  }

  /** The header, the rule of {@code =} and one line per row, each ending with a newline. */
  String render(List<ListingRow> rows, long totalNanos) {
    StringBuilder out = new StringBuilder();
    render(out, rows, totalNanos);
    return out.toString();
  }

  /** Appends what {@link #render(List, long)} returns to {@code out}. */
  void render(StringBuilder out, List<ListingRow> rows, long totalNanos) {
    List<String[]> cells = new ArrayList<>(rows.size());
    int[] widths = (memory ? MEMORY_WIDTHS : DEFAULT_WIDTHS).clone();
    for (ListingRow row : rows) {
      String[] values = numbers(row, totalNanos);
      for (int i = 0; i < values.length; i++) {
        widths[i] = Math.max(widths[i], values[i].length());
      }
      cells.add(values);
    }
    String header =
        line(memory ? MEMORY_HEADERS : HEADERS, widths, StyledText.plain(CONTENTS_HEADER), false)
            .plain();
    out.append(header).append('\n');
    out.append("=".repeat(header.length())).append('\n');
    for (int r = 0; r < rows.size(); r++) {
      ListingRow row = rows.get(r);
      if (color) {
        out.append(line(cells.get(r), widths, row.styledContents(), true).ansi());
      } else {
        appendPlainLine(out, cells.get(r), widths, row.contents());
      }
      out.append('\n');
    }
  }

  private String[] numbers(ListingRow row, long totalNanos) {
    String line = Integer.toString(row.line());
    if (row.stats().isEmpty() || row.stats().get().hits() == 0) {
      return memory
          ? new String[] {line, "", "", "", "", "", ""}
          : new String[] {line, "", "", "", ""};
    }
    LineStats stats = row.stats().get();
    long nanos = shown.of(stats);
    String time;
    String perHit;
    String percent;
    if (shown.isNoise(stats)) {
      time = NOISE;
      perHit = NOISE;
      percent = NOISE;
    } else {
      time = oneDecimal(nanos, 1, wholeNanosPerUnit, nanosPerUnit, 1);
      perHit =
          oneDecimal(
              nanos,
              1,
              multiplyOrZero(wholeNanosPerUnit, stats.hits()),
              nanosPerUnit,
              stats.hits());
      // Like line_profiler, no percentage when the method's total is zero.
      percent =
          totalNanos == 0 ? "" : oneDecimal(nanos, 100, totalNanos, BigDecimal.ONE, totalNanos);
    }
    if (memory) {
      return new String[] {
        line,
        Long.toString(stats.hits()),
        time,
        perHit,
        percent,
        ByteSizes.format(stats.allocatedBytes()),
        ByteSizes.format(stats.allocatedBytes() / stats.hits())
      };
    }
    return new String[] {line, Long.toString(stats.hits()), time, perHit, percent};
  }

  /**
   * {@code dividend * factor / (divisor * multiplier)} with one decimal, rounded half to even, as
   * {@link BigDecimal#toPlainString} writes it. In longs when {@code longDivisor}, the whole
   * divisor, is positive and nothing overflows; otherwise in {@link BigDecimal}s.
   */
  private static String oneDecimal(
      long dividend, int factor, long longDivisor, BigDecimal divisor, long multiplier) {
    long numerator = multiplyOrZero(dividend, 10L * factor);
    if (longDivisor > 0 && dividend >= 0 && (numerator > 0 || dividend == 0)) {
      long tenths = numerator / longDivisor;
      long remainder = numerator % longDivisor;
      long rest = longDivisor - remainder;
      if (remainder > rest || (remainder == rest && tenths % 2 == 1)) {
        tenths++;
      }
      return (tenths / 10) + "." + (tenths % 10);
    }
    return BigDecimal.valueOf(dividend)
        .multiply(BigDecimal.valueOf(factor))
        .divide(divisor.multiply(BigDecimal.valueOf(multiplier)), 1, RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  /** {@code a * b}, or 0 if either is 0 or the product overflows. */
  private static long multiplyOrZero(long a, long b) {
    if (a <= 0 || b <= 0 || a > Long.MAX_VALUE / b) {
      return 0;
    }
    return a * b;
  }

  /** {@code value} as a long if it is a positive whole number that fits one, else 0. */
  private static long wholeLong(BigDecimal value) {
    try {
      long whole = value.longValueExact();
      return whole > 0 ? whole : 0;
    } catch (ArithmeticException e) {
      return 0;
    }
  }

  /**
   * Appends what {@link #line} gives without colour, straight to {@code out}: most reports are not
   * coloured, and this runs for every row of every method.
   */
  private static void appendPlainLine(
      StringBuilder out, String[] columns, int[] widths, String contents) {
    int start = out.length();
    for (int i = 0; i < columns.length; i++) {
      if (i > 0) {
        out.append(' ');
      }
      for (int pad = widths[i] - columns[i].length(); pad > 0; pad--) {
        out.append(' ');
      }
      out.append(columns[i]);
    }
    out.append("  ").append(contents);
    int end = out.length();
    while (end > start && Character.isWhitespace(out.charAt(end - 1))) {
      end--;
    }
    out.setLength(end);
  }

  /**
   * The columns right-aligned, the contents after two blanks, without trailing blanks; with {@code
   * gradePercent}, the {@code % Time} value in its grade's colour.
   */
  private static StyledText line(
      String[] columns, int[] widths, StyledText contents, boolean gradePercent) {
    StyledText.Builder sb = new StyledText.Builder();
    for (int i = 0; i < columns.length; i++) {
      if (i > 0) {
        sb.append(" ", null);
      }
      sb.append(" ".repeat(widths[i] - columns[i].length()), null);
      AnsiStyle style =
          gradePercent && i == PERCENT_COLUMN ? TimeShareGrades.of(columns[i]).orElse(null) : null;
      sb.append(columns[i], style);
    }
    sb.append("  ", null).append(contents);
    return sb.build().stripTrailing();
  }
}
