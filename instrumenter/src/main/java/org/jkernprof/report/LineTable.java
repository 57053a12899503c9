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

  private final BigDecimal unitSeconds;
  private final boolean color;
  private final boolean memory;

  LineTable(double unitSeconds) {
    this(unitSeconds, false, false);
  }

  /**
   * With {@code color}, rows carry ANSI escape codes; with {@code memory}, the allocation columns
   * follow {@code % Time}.
   */
  LineTable(double unitSeconds, boolean color, boolean memory) {
    this.unitSeconds = BigDecimal.valueOf(unitSeconds);
    this.color = color;
    this.memory = memory;
  }

  /** The header, the rule of {@code =} and one line per row, each ending with a newline. */
  String render(List<ListingRow> rows, long totalNanos) {
    List<String[]> cells = new ArrayList<>(rows.size());
    int[] widths = (memory ? MEMORY_WIDTHS : DEFAULT_WIDTHS).clone();
    for (ListingRow row : rows) {
      String[] values = numbers(row, totalNanos);
      for (int i = 0; i < values.length; i++) {
        widths[i] = Math.max(widths[i], values[i].length());
      }
      cells.add(values);
    }
    StringBuilder out = new StringBuilder();
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
        out.append(line(cells.get(r), widths, StyledText.plain(row.contents()), false).plain());
      }
      out.append('\n');
    }
    return out.toString();
  }

  private String[] numbers(ListingRow row, long totalNanos) {
    String line = Integer.toString(row.line());
    if (row.stats().isEmpty() || row.stats().get().hits() == 0) {
      return memory
          ? new String[] {line, "", "", "", "", "", ""}
          : new String[] {line, "", "", "", ""};
    }
    LineStats stats = row.stats().get();
    BigDecimal nanos = BigDecimal.valueOf(stats.nanos());
    BigDecimal nanosPerUnit = unitSeconds.scaleByPowerOfTen(9);
    String time = oneDecimal(nanos, nanosPerUnit);
    String perHit = oneDecimal(nanos, nanosPerUnit.multiply(BigDecimal.valueOf(stats.hits())));
    // Like line_profiler, no percentage when the method's total is zero.
    String percent =
        totalNanos == 0
            ? ""
            : oneDecimal(nanos.scaleByPowerOfTen(2), BigDecimal.valueOf(totalNanos));
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

  private static String oneDecimal(BigDecimal dividend, BigDecimal divisor) {
    return dividend.divide(divisor, 1, RoundingMode.HALF_EVEN).toPlainString();
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
