package org.jkernprof.e2e;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line report's text back, strictly: every line must be where line_profiler's layout puts
 * it, the table columns right-aligned at the header's widths, and the widths the narrowest that fit
 * every value (line_profiler's {@code %6s %9s %12s %8s %8s}, widened only for a longer value). Any
 * other line fails the test with its number and text, so that layout regressions cannot pass
 * unnoticed.
 */
final class LineReportParser {
  static final String DEFAULT_HEADER =
      "Line #      Hits         Time  Per Hit   % Time  Line Contents";

  private static final String[] COLUMNS = {"Line #", "Hits", "Time", "Per Hit", "% Time"};
  private static final int[] DEFAULT_WIDTHS = {6, 9, 12, 8, 8};
  private static final String CONTENTS_SEPARATOR = "  ";

  /** Python's {@code %g}: no trailing zeros, a signed exponent of at least two digits. */
  private static final String G_FORMAT = "(?:0|[1-9]\\d*)(?:\\.\\d*[1-9])?(?:e[+-]\\d{2,})?";

  /**
   * The timer unit, and in a report whose times are corrected for the profiler's own cost, how much
   * each line event was charged less.
   */
  private static final Pattern TIMER_UNIT =
      Pattern.compile(
          "Timer unit: ("
              + G_FORMAT
              + ") s(?: \\(less the profiler's own cost, measured in (?:this|each) run:"
              + " (\\d+\\.\\d)(?: to (\\d+\\.\\d))? ns per line event,"
              + " \\d+\\.\\d(?: to \\d+\\.\\d)? ns per call\\)"
              + "| \\(sampled every [1-9][\\d.]* (?:ms|µs|ns)(?: to [1-9][\\d.]* (?:ms|µs|ns))?,"
              + " ((?:0|[1-9]\\d{0,2}(?:,\\d{3})*)) samples; ~: fewer than 10\\))?");

  /** What marks, in a sampled report, the figures of a line resting on fewer than 10 samples. */
  static final String FEW_SAMPLES = "~";

  /** What a corrected time within the calibration's noise shows in Time, Per Hit and % Time. */
  static final String NEAR_ZERO = "~0";

  private static final Pattern TOTAL_TIME = Pattern.compile("Total time: (" + G_FORMAT + ") s");
  private static final Pattern FILE = Pattern.compile("File: (\\S.*)");
  private static final Pattern FUNCTION = Pattern.compile("Function: (\\S.*) at line ([1-9]\\d*)");
  private static final Pattern NOTE =
      Pattern.compile(
          "(?:Source not found: |Source could not be read: |Source could not be parsed: "
              + "|Declaration not found in )\\S.*");
  private static final Pattern WARM_UP_NOTE =
      Pattern.compile(
          "Note: up to (?:[1-9]\\d?|100|0) % of this time may be the profiler's own: line events"
              + " that ran before the JIT compiled this code cost up to \\d+ ns each, not \\d+"
              + " ns\\.");
  private static final Pattern HEADER =
      Pattern.compile("( *Line #)( +Hits)( +Time)( +Per Hit)( +% Time)  Line Contents");
  private static final Pattern SUMMARY =
      Pattern.compile("( *)(\\d+\\.\\d{2}) seconds - (.+):([1-9]\\d*) - (\\S.*)");
  private static final Pattern CELL = Pattern.compile(" *(\\S*)");
  private static final Pattern LINE_NUMBER = Pattern.compile("[1-9]\\d*");
  private static final Pattern HITS = Pattern.compile("[1-9]\\d*");
  private static final Pattern ONE_DECIMAL = Pattern.compile("\\d+\\.\\d");

  private final String text;
  private boolean sampled;
  private List<String> lines;
  private int next;

  LineReportParser(String text) {
    this.text = text;
  }

  LineReport parse() {
    if (text.isEmpty() || !text.endsWith("\n")) {
      throw fail("the report does not end with a line end");
    }
    if (text.contains("\r")) {
      throw fail("the report has a carriage return; it writes \\n only");
    }
    lines = Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).equals(lines.get(i).stripTrailing())) {
        next = i + 1;
        throw fail("trailing blanks");
      }
    }
    Matcher timerUnit =
        take(
            TIMER_UNIT,
            "Timer unit: UNIT s, possibly followed by (less the profiler's own cost, ...)");
    String unit = pythonG(timerUnit.group(1));
    Optional<BigDecimal> lessPerEvent =
        Optional.ofNullable(timerUnit.group(2)).map(BigDecimal::new);
    Optional<Long> samples =
        Optional.ofNullable(timerUnit.group(4)).map(n -> Long.parseLong(n.replace(",", "")));
    sampled = samples.isPresent();
    takeBlank();
    List<LineReport.Method> methods = new ArrayList<>();
    while (hasNext() && peek().startsWith("Total time:")) {
      methods.add(method(lessPerEvent.isPresent()));
    }
    List<LineReport.Summary> summary = new ArrayList<>();
    int summaryWidth = -1;
    while (hasNext()) {
      Matcher m = take(SUMMARY, "a method's block or a summary line: S.SS seconds - FILE:N - NAME");
      int width = m.group(1).length() + m.group(2).length();
      if (summaryWidth >= 0 && width != summaryWidth) {
        throw fail("summary seconds not aligned with the line before");
      }
      summaryWidth = width;
      summary.add(
          new LineReport.Summary(
              new BigDecimal(m.group(2)), m.group(3), Integer.parseInt(m.group(4)), m.group(5)));
    }
    if (!summary.isEmpty()) {
      int widest =
          summary.stream().mapToInt(s -> s.seconds().toPlainString().length()).max().orElse(0);
      if (summaryWidth != Math.max(6, widest)) {
        throw fail(
            "summary seconds column is " + summaryWidth + " wide, not max(6, " + widest + ")");
      }
    }
    Optional<BigDecimal> mostPerEvent =
        lessPerEvent.map(
            least -> timerUnit.group(3) == null ? least : new BigDecimal(timerUnit.group(3)));
    return new LineReport(unit, lessPerEvent, mostPerEvent, samples, methods, summary);
  }

  private LineReport.Method method(boolean corrected) {
    String totalTime = pythonG(take(TOTAL_TIME, "Total time: SECONDS s").group(1));
    String file = take(FILE, "File: PATH").group(1);
    Matcher function = take(FUNCTION, "Function: NAME at line N");
    Optional<String> note = Optional.empty();
    if (hasNext() && !peek().isEmpty() && !WARM_UP_NOTE.matcher(peek()).matches()) {
      note = Optional.of(take(NOTE, "a note on the source, or a blank line").group());
    }
    if (hasNext() && !peek().isEmpty()) {
      if (!corrected) {
        throw fail("a note on the profiler's cost in a report whose times are not corrected");
      }
      take(WARM_UP_NOTE, "a note on the profiler's cost before the JIT compiled, or a blank line");
    }
    takeBlank();
    int[] widths = header();
    String rule = takeAny("the rule under the header");
    if (!rule.equals("=".repeat(lines.get(next - 2).length()))) {
      throw fail("the rule is not '=' repeated to the header's length");
    }
    boolean zeroTotal = new BigDecimal(totalTime).signum() == 0;
    List<LineReport.Row> rows = new ArrayList<>();
    List<String[]> cells = new ArrayList<>();
    while (hasNext() && !peek().isEmpty()) {
      String[] rowCells = new String[COLUMNS.length];
      rows.add(row(takeAny("a table row"), widths, zeroTotal, corrected, rowCells));
      cells.add(rowCells);
    }
    takeBlank();
    checkNarrowest(widths, cells);
    return new LineReport.Method(
        totalTime, file, function.group(1), Integer.parseInt(function.group(2)), note, rows);
  }

  /** The column widths the header was laid out with. */
  private int[] header() {
    Matcher m = take(HEADER, DEFAULT_HEADER + " (columns possibly widened)");
    int[] widths = new int[COLUMNS.length];
    for (int i = 0; i < COLUMNS.length; i++) {
      // Every column but the first is preceded by one separating blank.
      widths[i] = m.group(i + 1).length() - (i == 0 ? 0 : 1);
      if (widths[i] < DEFAULT_WIDTHS[i]) {
        throw fail(
            "column '" + COLUMNS[i] + "' is narrower than line_profiler's " + DEFAULT_WIDTHS[i]);
      }
    }
    if (Arrays.equals(widths, DEFAULT_WIDTHS) && !m.group().equals(DEFAULT_HEADER)) {
      throw fail("expected the header " + DEFAULT_HEADER);
    }
    return widths;
  }

  private LineReport.Row row(
      String line, int[] widths, boolean zeroTotal, boolean corrected, String[] cells) {
    int numbersWidth = COLUMNS.length - 1;
    for (int w : widths) {
      numbersWidth += w;
    }
    String numbers;
    String contents;
    if (line.length() <= numbersWidth) {
      // Trailing blanks are trimmed: a row without contents may end early.
      numbers = line + " ".repeat(numbersWidth - line.length());
      contents = "";
    } else {
      numbers = line.substring(0, numbersWidth);
      if (!line.startsWith(CONTENTS_SEPARATOR, numbersWidth)
          || line.length() <= numbersWidth + CONTENTS_SEPARATOR.length()) {
        throw fail("the contents do not start two blanks after the % Time column");
      }
      contents = line.substring(numbersWidth + CONTENTS_SEPARATOR.length());
    }
    int start = 0;
    for (int i = 0; i < COLUMNS.length; i++) {
      if (i > 0) {
        if (numbers.charAt(start) != ' ') {
          throw fail(
              "no blank between the columns '" + COLUMNS[i - 1] + "' and '" + COLUMNS[i] + "'");
        }
        start++;
      }
      Matcher m = CELL.matcher(numbers.substring(start, start + widths[i]));
      if (!m.matches()) {
        throw fail("column '" + COLUMNS[i] + "' is not one right-aligned value");
      }
      cells[i] = m.group(1);
      start += widths[i];
    }
    int lineNumber = Integer.parseInt(expect(cells[0], LINE_NUMBER, "Line #"));
    if (cells[1].isEmpty()) {
      if (!(cells[2] + cells[3] + cells[4]).isEmpty()) {
        throw fail("numbers on a row without hits");
      }
      return new LineReport.Row(lineNumber, null, null, null, null, contents, false);
    }
    long hits = Long.parseLong(expect(cells[1], HITS, "Hits"));
    if (cells[2].startsWith(FEW_SAMPLES) && !cells[2].equals(NEAR_ZERO)) {
      if (!sampled) {
        throw fail(FEW_SAMPLES + " before a time in a report whose times are not sampled");
      }
      boolean allMarked =
          cells[3].startsWith(FEW_SAMPLES)
              && (zeroTotal ? cells[4].isEmpty() : cells[4].startsWith(FEW_SAMPLES));
      if (!allMarked) {
        throw fail(FEW_SAMPLES + " in some of Time, Per Hit and % Time, not all");
      }
      for (int i = 2; i <= 4; i++) {
        cells[i] = cells[i].isEmpty() ? cells[i] : cells[i].substring(FEW_SAMPLES.length());
      }
    }
    if (cells[2].equals(NEAR_ZERO) || cells[3].equals(NEAR_ZERO) || cells[4].equals(NEAR_ZERO)) {
      return nearZeroRow(lineNumber, hits, cells, zeroTotal, corrected, contents);
    }
    BigDecimal time = new BigDecimal(expect(cells[2], ONE_DECIMAL, "Time"));
    BigDecimal perHit = new BigDecimal(expect(cells[3], ONE_DECIMAL, "Per Hit"));
    BigDecimal percent = null;
    if (zeroTotal) {
      // Like line_profiler, no share of a total of zero.
      if (!cells[4].isEmpty()) {
        throw fail("a % Time of a method whose total time is 0");
      }
    } else {
      percent = new BigDecimal(expect(cells[4], ONE_DECIMAL, "% Time"));
    }
    return new LineReport.Row(lineNumber, hits, time, perHit, percent, contents, false);
  }

  /**
   * A row whose corrected time is within the calibration's noise: {@code ~0} in Time, Per Hit and %
   * Time alike, and only in a corrected report.
   */
  private LineReport.Row nearZeroRow(
      int lineNumber,
      long hits,
      String[] cells,
      boolean zeroTotal,
      boolean corrected,
      String contents) {
    if (!corrected) {
      throw fail(NEAR_ZERO + " in a report whose times are not corrected");
    }
    String percent = zeroTotal ? "" : NEAR_ZERO;
    if (!cells[2].equals(NEAR_ZERO) || !cells[3].equals(NEAR_ZERO) || !cells[4].equals(percent)) {
      throw fail(NEAR_ZERO + " in some of Time, Per Hit and % Time, not all");
    }
    BigDecimal zero = BigDecimal.ZERO;
    return new LineReport.Row(
        lineNumber, hits, zero, zero, zeroTotal ? null : zero, contents, true);
  }

  /** Each column is as wide as line_profiler's, or as its widest value if that is wider. */
  private void checkNarrowest(int[] widths, List<String[]> cells) {
    for (int i = 0; i < COLUMNS.length; i++) {
      int widest = DEFAULT_WIDTHS[i];
      for (String[] row : cells) {
        widest = Math.max(widest, row[i].length());
      }
      if (widths[i] != widest) {
        throw new AssertionError(
            "column '"
                + COLUMNS[i]
                + "' is "
                + widths[i]
                + " wide, but its widest value needs "
                + widest
                + "\n--- report:\n"
                + text);
      }
    }
  }

  /**
   * {@code number}, checked to be as Python's {@code %g} writes it: six significant digits at most,
   * in scientific notation exactly when the exponent is below -4 or at least 6.
   */
  private String pythonG(String number) {
    BigDecimal value = new BigDecimal(number).stripTrailingZeros();
    int exponent = value.precision() - value.scale() - 1;
    boolean scientific = number.contains("e");
    boolean plainRange = value.signum() == 0 || (exponent >= -4 && exponent < 6);
    if (value.precision() > 6 || scientific == plainRange) {
      throw fail("'" + number + "' is not written as Python's %g writes it");
    }
    return number;
  }

  private String expect(String cell, Pattern pattern, String column) {
    if (!pattern.matcher(cell).matches()) {
      throw fail("'" + cell + "' is not a valid " + column + " value");
    }
    return cell;
  }

  private boolean hasNext() {
    return next < lines.size();
  }

  private String peek() {
    return lines.get(next);
  }

  private String takeAny(String expected) {
    if (!hasNext()) {
      next++;
      throw fail("the report ends where " + expected + " was expected");
    }
    return lines.get(next++);
  }

  private Matcher take(Pattern pattern, String expected) {
    String line = takeAny(expected);
    Matcher m = pattern.matcher(line);
    if (!m.matches()) {
      throw fail("expected " + expected);
    }
    return m;
  }

  private void takeBlank() {
    if (!takeAny("a blank line").isEmpty()) {
      throw fail("expected a blank line");
    }
  }

  /** An error about the line last taken. */
  private AssertionError fail(String problem) {
    String where =
        next >= 1 && next <= lines.size()
            ? "line " + next + " of the report, '" + lines.get(next - 1) + "': "
            : "the report: ";
    return new AssertionError(where + problem + "\n--- report:\n" + text);
  }
}
