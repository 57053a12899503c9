package org.jkernprof.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jkernprof.results.LineResultsDiff;
import org.jkernprof.results.LineResultsDiff.LineChange;
import org.jkernprof.results.LineResultsDiff.MethodChange;

/**
 * The text of {@code jkernprof diff}: line_profiler's layout with each figure before and after. A
 * summary says which methods' hits changed; then each such method (every method with {@code all}),
 * largest change first, lists its lines with the hits, time and (when both runs counted them)
 * allocated bytes of both runs, the hits' change and the time's ratio. Hits are exact: a changed
 * count is a real change. The source shown is the text the newer runs saved in their results, else
 * today's, found as the line report finds it; lines are paired by their text when the base runs
 * saved theirs or their sources are given.
 */
public final class DiffReportRenderer {
  private static final String CHANGED_MARK = "*";

  private DiffReportRenderer() {}

  /**
   * The whole report, ending with a newline. Where lines are paired by their text, a line whose
   * text changed is marked {@code !}, a moved line gives its old number, and a base line that is
   * gone is listed after the method's lines.
   *
   * @param baseName how the base run is named in the heading (its files)
   * @param changedName how the newer run is named
   * @param all whether to list the methods whose hits did not change too
   */
  public static String render(
      DiffComparison compared,
      String baseName,
      String changedName,
      ReportOptions options,
      boolean all) {
    LineResultsDiff diff = compared.diff();
    ReportOptions plain = options.withColor(false);
    DiffSides sides = new DiffSides(diff, plain);
    StringBuilder out = new StringBuilder();
    int baseRuns = diff.baseRuns().size();
    int changedRuns = diff.changedRuns().size();
    out.append(comparing(baseName, baseRuns, changedName, changedRuns)).append('\n');
    out.append("Timer unit: ").append(PythonGFormat.format(plain.unitSeconds())).append(" s\n");
    out.append(noiseNote(baseRuns, changedRuns, diff.baseRuns().get(0).isSampled())).append('\n');
    out.append(compared.pairingNote()).append("\n\n");
    appendSummary(out, compared.changes(), all);
    for (ComparedMethod method : compared.methods()) {
      if (all || method.change.hitsChanged()) {
        appendMethod(out, method, compared.listing(method), plain, sides, compared.pairedByText());
      }
    }
    return out.toString();
  }

  /** {@code Comparing a.lprof (before) with b.lprof (after)}: the heading of every diff. */
  static String comparing(String baseName, int baseRuns, String changedName, int changedRuns) {
    return "Comparing "
        + baseName
        + " (before"
        + runs(baseRuns)
        + ") with "
        + changedName
        + " (after"
        + runs(changedRuns)
        + ")";
  }

  /** {@code ", 3 runs, figures per run"}, or nothing for one run. */
  private static String runs(int count) {
    return count == 1 ? "" : ", " + count + " runs, figures per run";
  }

  /** What the {@code ~} mark means here, or why there is none. */
  static String noiseNote(int baseRuns, int changedRuns, boolean sampled) {
    if (baseRuns > 1 && changedRuns > 1) {
      return "~: a time change within the noise of the runs' spread (95 %)";
    }
    if (sampled) {
      return "~: a time change within the noise of the sample counts (95 %; runs also differ:"
          + " give two runs or more a side, A1,A2 B1,B2, to count that)";
    }
    return "Times of one run a side: their noise is unknown, and large (on unchanged code most"
        + " lines' times differ by over 10 % from run to run). Give two runs or more a side"
        + " (A1,A2 B1,B2) to mark the changes within it with ~";
  }

  private static void appendSummary(StringBuilder out, List<MethodChange> methods, boolean all) {
    out.append(DiffCounts.of(methods).sentence(all)).append("\n\n");
  }

  private static void appendMethod(
      StringBuilder out,
      ComparedMethod method,
      MethodListing listing,
      ReportOptions options,
      DiffSides sides,
      boolean aligned) {
    MethodChange change = method.change;
    SideTime before = SideTime.ofMethod(change.beforeRuns(), sides.before, sides.beforeTimes);
    SideTime after = SideTime.ofMethod(change.afterRuns(), sides.after, sides.afterTimes);
    out.append("Total time: ")
        .append(seconds(before.mean()))
        .append(" s -> ")
        .append(seconds(after.mean()))
        .append(" s")
        .append(ratio(before, after).map(r -> " (x " + r + ")").orElse(""))
        .append('\n');
    out.append("File: ").append(listing.filePath()).append('\n');
    out.append("Function: ")
        .append(listing.functionName())
        .append(" at line ")
        .append(listing.declarationLine());
    if (change.isNew()) {
      out.append(" (new: only the newer runs have it)");
    } else if (change.vanished()) {
      out.append(" (vanished: only the base runs have it)");
    }
    out.append('\n');
    listing.note().ifPresent(note -> out.append(note).append('\n'));
    out.append('\n');

    String header =
        String.format(
            Locale.ROOT,
            "%6s%s %12s %12s %12s %14s %14s %8s%s  %s",
            "Line #",
            aligned ? String.format(Locale.ROOT, " %5s", "Was") : "",
            "Hits before",
            "Hits after",
            "Hits change",
            "Time before",
            "Time after",
            "x Time",
            sides.memory
                ? String.format(Locale.ROOT, " %13s %13s", "Bytes before", "Bytes after")
                : "",
            "Line Contents");
    out.append(header).append('\n');
    out.append("=".repeat(header.length())).append('\n');
    for (DiffRow row : method.rows(listing)) {
      out.append(textRow(row, aligned, options, sides)).append('\n');
    }
    out.append('\n');
  }

  /** One row of a method's table, in its columns. */
  private static String textRow(
      DiffRow row, boolean aligned, ReportOptions options, DiffSides sides) {
    String contents = row.text.plain();
    switch (row.kind) {
      case GONE:
        LineChange gone = row.figures.get();
        return figuresRow(
            0,
            String.valueOf(gone.baseLine()),
            aligned,
            contents + "   (gone from the newer source)",
            gone,
            options,
            sides);
      case UNLISTED:
        return figuresRow(row.line, "", aligned, "", row.figures.get(), options, sides);
      default:
        String was = aligned ? row.was() : "";
        return row.figures.isPresent()
            ? figuresRow(row.line, was, aligned, contents, row.figures.get(), options, sides)
            : blankRow(row.line, was, aligned, contents, sides.memory);
    }
  }

  /** A line without figures in either run: its number and text, in their columns. */
  private static String blankRow(
      int line, String was, boolean aligned, String contents, boolean memory) {
    String number = number(line, was, aligned);
    return number + contents(contents, figuresWidth(memory) + (aligned ? 6 : 0) - number.length());
  }

  private static String number(int line, String was, boolean aligned) {
    return String.format(Locale.ROOT, "%6s", line > 0 ? String.valueOf(line) : "")
        + (aligned ? String.format(Locale.ROOT, " %5s", was) : "");
  }

  private static int figuresWidth(boolean memory) {
    return 6 + 3 * 13 + 2 * 15 + 9 + (memory ? 28 : 0);
  }

  private static String figuresRow(
      int number,
      String was,
      boolean aligned,
      String contents,
      LineChange line,
      ReportOptions options,
      DiffSides sides) {
    SideTime before = SideTime.ofLine(line.beforeRuns(), sides.before, sides.beforeTimes);
    SideTime after = SideTime.ofLine(line.afterRuns(), sides.after, sides.afterTimes);
    double hitsChange = line.hitsAfter() - line.hitsBefore();
    String text =
        number(number, was, aligned)
            + String.format(
                Locale.ROOT,
                " %12s %12s %12s %14s %14s %8s%s",
                line.inBefore() ? count(line.hitsBefore()) : "",
                line.inAfter() ? count(line.hitsAfter()) : "",
                hitsChange == 0
                    ? ""
                    : (hitsChange > 0 ? "+" : "-") + count(Math.abs(hitsChange)) + CHANGED_MARK,
                line.inBefore() ? units(before.mean(), options) : "",
                line.inAfter() ? units(after.mean(), options) : "",
                line.inBefore() && line.inAfter() ? ratio(before, after).orElse("") : "",
                sides.memory
                    ? String.format(
                        Locale.ROOT,
                        " %13s %13s",
                        line.inBefore() ? count(line.bytesBefore()) : "",
                        line.inAfter() ? count(line.bytesAfter()) : "")
                    : "");
    return contents.isEmpty() ? text.stripTrailing() : text + contents(contents, 0);
  }

  /** A count per run: whole when it is, else to one decimal (the runs of a side differ). */
  static String count(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%d", (long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String contents(String text, int pad) {
    if (text.isEmpty()) {
      return "";
    }
    return " ".repeat(pad) + "  " + text;
  }

  private static String units(double nanos, ReportOptions options) {
    return String.format(Locale.ROOT, "%.1f", nanos * 1e-9 / options.unitSeconds());
  }

  private static String seconds(double nanos) {
    return PythonGFormat.format(nanos * 1e-9);
  }

  /**
   * After over before, to two decimals, with {@code ~} when the change is within the runs' noise;
   * empty when the base had no time to compare with.
   */
  static Optional<String> ratio(SideTime before, SideTime after) {
    if (before.mean() <= 0 || after.mean() < 0) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(Locale.ROOT, "%.2f", after.mean() / before.mean())
            + (SideTime.withinNoise(before, after) ? "~" : ""));
  }
}
