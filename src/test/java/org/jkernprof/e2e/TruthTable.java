package org.jkernprof.e2e;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A report's line times beside the truth measured without the agent, line by line: what the
 * end-to-end test of the probe-cost correction asserts on, and prints. Immutable.
 */
final class TruthTable {
  /** One line: its truth, and what the report says. */
  record Row(
      int line,
      int steps,
      long hits,
      double trueNanos,
      double trueShare,
      double reportedNanos,
      double reportedShare,
      boolean nearZero) {
    double shareError() {
      return Math.abs(reportedShare - trueShare);
    }

    /** Whether the reported ns/hit is within {@code relative} of the truth, or {@code absolute}. */
    boolean nanosWithin(double relative, double absoluteNanos) {
      double error = Math.abs(reportedNanos - trueNanos);
      return error <= absoluteNanos || error <= relative * trueNanos;
    }
  }

  private final String title;
  private final List<Row> rows;

  private TruthTable(String title, List<Row> rows) {
    this.title = title;
    this.rows = List.copyOf(rows);
  }

  /**
   * The rows of {@code method} that ran, in order, beside the lines of {@code truth}; each row's
   * source must call {@code spin} with its truth line's steps, so that no row is matched to another
   * line's truth. Reported ns/hit is Time / Hits (more digits than Per Hit), the share % Time.
   */
  static TruthTable of(
      String title, KnownCostTruth truth, LineReport.Method method, BigDecimal unitSeconds) {
    List<LineReport.Row> ran = method.rowsThatRan();
    if (ran.size() != truth.lines().size()) {
      throw new AssertionError(
          ran.size() + " lines ran, the truth has " + truth.lines().size() + ": " + ran);
    }
    double nanosPerUnit = unitSeconds.doubleValue() * 1e9;
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < ran.size(); k++) {
      LineReport.Row row = ran.get(k);
      KnownCostTruth.Line line = truth.lines().get(k);
      if (!row.contents().contains("spin(x, " + line.steps() + ")")) {
        throw new AssertionError(
            "line " + row.line() + " does not call spin(x, " + line.steps() + "): " + row);
      }
      rows.add(
          new Row(
              row.line(),
              line.steps(),
              row.hits(),
              line.nanos(),
              truth.sharePercent(k),
              row.time().doubleValue() * nanosPerUnit / row.hits(),
              row.percent().doubleValue(),
              row.nearZero()));
    }
    return new TruthTable(title, rows);
  }

  List<Row> rows() {
    return rows;
  }

  /** The largest difference between a line's reported and true share, in percentage points. */
  double maxShareError() {
    return rows.stream().mapToDouble(Row::shareError).max().orElse(0);
  }

  /** The table, a title above it, as the test prints it and puts in its failure messages. */
  String render() {
    StringBuilder out = new StringBuilder(title).append('\n');
    out.append(" line  steps  true ns/hit  reported ns/hit  true share  reported share\n");
    for (Row r : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "%5d  %5d  %11.2f  %15s  %9.1f%%  %13.1f%%%n",
              r.line(),
              r.steps(),
              r.trueNanos(),
              r.nearZero() ? "~0" : String.format(Locale.ROOT, "%.2f", r.reportedNanos()),
              r.trueShare(),
              r.reportedShare()));
    }
    return out.append(String.format(Locale.ROOT, "max share error: %.1f points%n", maxShareError()))
        .toString();
  }
}
