package org.jkernprof.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jkernprof.results.LineStats;

/**
 * Lays out one method's table as line_profiler does ({@code %6s %9s %12s %8s %8s %-s}), but widens
 * a column when a value does not fit, so the table stays aligned. Time and Per Hit are in the
 * output unit with one decimal; % Time is relative to the method's own total time. They are
 * computed as line_profiler's {@code show_func} computes them, in doubles, and rounded as Python's
 * {@code '%5.1f'} rounds: the double's exact binary value, half to even. So a value that is a tie
 * in decimal, such as 0.45, prints as line_profiler prints it (0.5: the double is a little above).
 * Lines that never ran have empty number columns. Trailing blanks are trimmed from every row.
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

  /** The unit of the times, line_profiler's timer unit: jkernprof measures in nanoseconds. */
  static final double NANOSECOND = 1e-9;

  /** Below this, every double has at least one binary digit after the point. */
  private static final double TWO_TO_THE_52 = 0x1p52;

  /** line_profiler's {@code scalar}, {@code unit / output_unit}: a time in the output unit. */
  private final double scalar;

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
    this.scalar = NANOSECOND / unitSeconds;
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
      // As line_profiler 4.0.2's show_func: '%5.1f' % (time * scalar),
      // '%5.1f' % (float(time) * scalar / nhits) and '%5.1f' % (100 * time / total_time).
      double inUnit = nanos * scalar;
      time = oneDecimal(inUnit);
      perHit = oneDecimal(inUnit / stats.hits());
      // Like line_profiler, no percentage when the method's total is zero.
      percent = totalNanos == 0 ? "" : oneDecimal(hundredTimes(nanos) / totalNanos);
      if (shown.isFewSamples(stats)) {
        time = ShownTime.FEW_SAMPLES_MARK + time;
        perHit = ShownTime.FEW_SAMPLES_MARK + perHit;
        percent = percent.isEmpty() ? percent : ShownTime.FEW_SAMPLES_MARK + percent;
      }
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
   * {@code value} with one decimal, as Python's {@code '%.1f' % value} writes it: the exact binary
   * value of the double rounded half to even. Without {@link BigDecimal} unless the value is close
   * to a tie or too large: the row's numbers are formatted for every line of every method.
   */
  private static String oneDecimal(double value) {
    double tenths = value * 10;
    if (value >= 0 && tenths < TWO_TO_THE_52) {
      double whole = Math.floor(tenths);
      double fraction = tenths - whole;
      // tenths is within half an ulp of the exact value * 10: when it is more than an ulp from a
      // tie, the exact value rounds the same way.
      if (Math.abs(fraction - 0.5) > Math.ulp(tenths)) {
        long rounded = (long) whole + (fraction > 0.5 ? 1 : 0);
        return (rounded / 10) + "." + (rounded % 10);
      }
    }
    return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** {@code 100 * nanos} as Python's {@code 100 * time} makes it a float: one rounding. */
  private static double hundredTimes(long nanos) {
    return nanos <= Long.MAX_VALUE / 100
        ? (double) (nanos * 100)
        : BigInteger.valueOf(nanos).multiply(BigInteger.valueOf(100)).doubleValue();
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
