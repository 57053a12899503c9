package org.jkernprof.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table the benchmarks print: per measure its value, the target if it has one, and how the
 * value stands against it. Printed as a Markdown table, so it reads in a terminal and pastes into
 * the README as it is.
 */
final class CostTable {
  private static final String[] HEADERS = {"measure", "value", "target", "measured", "verdict"};

  private final List<String[]> rows = new ArrayList<>();

  /** A measure with no target, shown for reference. */
  void info(String measure, String value) {
    rows.add(new String[] {measure, value, "", "", ""});
  }

  /**
   * A measure with a target.
   *
   * @param measured how the value stands against the target, e.g. {@code 0.99 x nanoTime()}
   */
  void target(String measure, String value, String target, String measured, boolean met) {
    rows.add(new String[] {measure, value, target, measured, met ? "met" : "MISSED"});
  }

  /** A measure that could not be taken, with the reason. */
  void failed(String measure, String why) {
    rows.add(new String[] {measure, "—", "", why, "FAILED"});
  }

  String render() {
    int[] widths = new int[HEADERS.length];
    for (int i = 0; i < HEADERS.length; i++) {
      widths[i] = HEADERS[i].length();
    }
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, HEADERS, widths);
    String[] rule = new String[HEADERS.length];
    for (int i = 0; i < rule.length; i++) {
      rule[i] = "-".repeat(widths[i]);
    }
    line(out, rule, widths);
    for (String[] row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String[] cells, int[] widths) {
    out.append('|');
    for (int i = 0; i < cells.length; i++) {
      out.append(' ').append(String.format(Locale.ROOT, "%-" + widths[i] + "s", cells[i]));
      out.append(" |");
    }
    out.append('\n');
  }

  static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
