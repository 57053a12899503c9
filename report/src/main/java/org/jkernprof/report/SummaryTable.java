package org.jkernprof.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jkernprof.results.TestProfile;

/**
 * The closing summary, one line per method as line_profiler 4's {@code --summarize} writes it
 * ({@code %6.2f seconds - file:line - function}), the seconds column widened to the widest value;
 * the function-level report's summary has the same layout.
 */
final class SummaryTable {
  private static final int DEFAULT_SECONDS_WIDTH = 6;

  private SummaryTable() {}

  /**
   * The summary of a line report: each method's total time; with {@code memory}, followed by the
   * bytes its frames allocated ({@code - 10.0 MiB allocated}).
   */
  static String render(List<MethodListing> listings, boolean memory, ShownTime shown) {
    List<Row> rows = new ArrayList<>(listings.size());
    for (MethodListing listing : listings) {
      String name = listing.functionName();
      if (memory) {
        name += " - " + ByteSizes.format(listing.method().allocatedBytes()) + " allocated";
      }
      rows.add(
          new Row(
              shown.of(listing.method()),
              listing.filePath() + ":" + listing.declarationLine(),
              name));
    }
    return renderRows(rows);
  }

  /** The summary of a function-level report: each method's cumulative time. */
  static String renderStats(List<StatsEntry> entries, boolean memory) {
    List<Row> rows = new ArrayList<>(entries.size());
    for (StatsEntry entry : entries) {
      String name = entry.label();
      if (memory) {
        name += " - " + ByteSizes.format(entry.stats().cumulativeBytes()) + " allocated";
      }
      rows.add(
          new Row(entry.stats().cumulativeNanos(), entry.fileName() + ":" + entry.line(), name));
    }
    return renderRows(rows);
  }

  /**
   * The summary of results split by test: the time in profiled methods and the hits of each test
   * that ran profiled code.
   */
  static String renderTests(List<TestProfile> tests) {
    List<Row> rows = new ArrayList<>(tests.size());
    for (TestProfile test : tests) {
      if (!test.methods().isEmpty()) {
        rows.add(new Row(test.profiledNanos(), test.hits() + " hits", test.name()));
      }
    }
    return renderRows(rows);
  }

  private static String renderRows(List<Row> rows) {
    List<String> seconds = new ArrayList<>(rows.size());
    int width = DEFAULT_SECONDS_WIDTH;
    for (Row row : rows) {
      String s =
          BigDecimal.valueOf(row.nanos, 9).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
      seconds.add(s);
      width = Math.max(width, s.length());
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      String s = seconds.get(i);
      out.append(" ".repeat(width - s.length()))
          .append(s)
          .append(" seconds - ")
          .append(rows.get(i).place)
          .append(" - ")
          .append(rows.get(i).name)
          .append('\n');
    }
    return out.toString();
  }

  /** One summary line: a time, where the method is, and its name. */
  private static final class Row {
    final long nanos;
    final String place;
    final String name;

    Row(long nanos, String place, String name) {
      this.nanos = nanos;
      this.place = place;
      this.name = name;
    }
  }
}
