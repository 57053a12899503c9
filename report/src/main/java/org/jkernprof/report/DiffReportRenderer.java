package org.jkernprof.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineResultsDiff;
import org.jkernprof.results.LineResultsDiff.LineChange;
import org.jkernprof.results.LineResultsDiff.MethodChange;
import org.jkernprof.results.LineStats;

/**
 * The text of {@code jkernprof diff}: line_profiler's layout with each figure before and after. A
 * summary says which methods' hits changed; then each such method (every method with {@code all}),
 * largest change first, lists its lines with the hits, time and (when both runs counted them)
 * allocated bytes of both runs, the hits' change and the time's ratio. Hits are exact: a changed
 * count is a real change. The source shown is today's, found as the line report finds it.
 */
public final class DiffReportRenderer {
  private static final String CHANGED_MARK = "*";

  private DiffReportRenderer() {}

  /**
   * The whole report, ending with a newline.
   *
   * @param baseName how the base run is named in the heading (its files)
   * @param changedName how the newer run is named
   * @param all whether to list the methods whose hits did not change too
   */
  public static String render(
      LineResultsDiff diff,
      String baseName,
      String changedName,
      SourceResolver sources,
      ReportOptions options,
      boolean all) {
    ReportOptions plain = options.withColor(false);
    MethodListings listings = new MethodListings(new SourceFiles(sources, false));
    Sides sides = new Sides(diff, plain);
    StringBuilder out = new StringBuilder();
    out.append("Comparing ")
        .append(baseName)
        .append(" (before")
        .append(runs(diff.baseRuns().size()))
        .append(") with ")
        .append(changedName)
        .append(" (after")
        .append(runs(diff.changedRuns().size()))
        .append(")\n");
    out.append("Timer unit: ").append(PythonGFormat.format(plain.unitSeconds())).append(" s\n");
    out.append(
            noiseNote(
                diff.baseRuns().size(),
                diff.changedRuns().size(),
                diff.baseRuns().get(0).isSampled()))
        .append("\n\n");
    appendSummary(out, diff.methods(), all);
    for (MethodChange method : diff.methods()) {
      if (all || method.hitsChanged()) {
        appendMethod(out, method, listings, plain, sides);
      }
    }
    return out.toString();
  }

  /** {@code ", 3 runs, figures per run"}, or nothing for one run. */
  static String runs(int count) {
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
    return "Times of one run a side: their noise is unknown. Give two runs or more a side"
        + " (A1,A2 B1,B2) to mark the changes within it with ~";
  }

  /** Each run's shown times, and whether both sides counted memory. */
  private static final class Sides {
    final List<LineResults> before;
    final List<LineResults> after;
    final List<ShownTime> beforeTimes = new ArrayList<>();
    final List<ShownTime> afterTimes = new ArrayList<>();
    final boolean memory;

    Sides(LineResultsDiff diff, ReportOptions options) {
      this.before = diff.baseRuns();
      this.after = diff.changedRuns();
      before.forEach(r -> beforeTimes.add(ShownTime.of(r, options)));
      after.forEach(r -> afterTimes.add(ShownTime.of(r, options)));
      this.memory =
          before.stream().allMatch(LineResults::hasMemory)
              && after.stream().allMatch(LineResults::hasMemory);
    }
  }

  private static void appendSummary(StringBuilder out, List<MethodChange> methods, boolean all) {
    int changed = 0;
    int fresh = 0;
    int vanished = 0;
    int lines = 0;
    for (MethodChange m : methods) {
      if (m.isNew()) {
        fresh++;
      } else if (m.vanished()) {
        vanished++;
      } else if (m.hitsChanged()) {
        changed++;
        for (LineChange line : m.lines()) {
          lines += line.hitsChanged() ? 1 : 0;
        }
      }
    }
    int same = methods.size() - changed - fresh - vanished;
    out.append(
        String.format(
            Locale.ROOT,
            "Hits changed on %,d %s of %,d %s; %,d new %s, %,d vanished; %,d %s the same hits%s\n\n",
            lines,
            lines == 1 ? "line" : "lines",
            changed,
            changed == 1 ? "method" : "methods",
            fresh,
            fresh == 1 ? "method" : "methods",
            vanished,
            same,
            same == 1 ? "method with" : "methods with",
            same == 0 || all ? "" : " (not shown: --all shows them)"));
  }

  private static void appendMethod(
      StringBuilder out,
      MethodChange change,
      MethodListings listings,
      ReportOptions options,
      Sides sides) {
    MethodListing listing = listings.build(change.method());
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
            "%6s %12s %12s %12s %14s %14s %8s%s  %s",
            "Line #",
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
    Map<Integer, LineChange> byLine = new HashMap<>();
    for (LineChange line : change.lines()) {
      byLine.put(line.line(), line);
    }
    List<Integer> shown = new ArrayList<>();
    for (ListingRow row : listing.rows()) {
      shown.add(row.line());
      LineChange line = byLine.get(row.line());
      out.append(
          line == null ? blankRow(row, sides.memory) : figuresRow(row, line, options, sides));
      out.append('\n');
    }
    for (LineChange line : change.lines()) {
      if (!shown.contains(line.line())) {
        out.append(figuresRow(null, line, options, sides)).append('\n');
      }
    }
    out.append('\n');
  }

  /** A line without figures in either run: its number and text, in their columns. */
  private static String blankRow(ListingRow row, boolean memory) {
    String number = String.format(Locale.ROOT, "%6d", row.line());
    return number + contents(row.contents(), figuresWidth(memory) - number.length());
  }

  private static int figuresWidth(boolean memory) {
    return 6 + 3 * 13 + 2 * 15 + 9 + (memory ? 28 : 0);
  }

  private static String figuresRow(
      ListingRow row, LineChange line, ReportOptions options, Sides sides) {
    SideTime before = SideTime.ofLine(line.beforeRuns(), sides.before, sides.beforeTimes);
    SideTime after = SideTime.ofLine(line.afterRuns(), sides.after, sides.afterTimes);
    double hitsChange = line.hitsAfter() - line.hitsBefore();
    String text =
        String.format(
            Locale.ROOT,
            "%6d %12s %12s %12s %14s %14s %8s%s",
            line.line(),
            line.inBefore() ? count(line.hitsBefore()) : "",
            line.inAfter() ? count(line.hitsAfter()) : "",
            hitsChange == 0
                ? ""
                : (hitsChange > 0 ? "+" : "-") + count(Math.abs(hitsChange)) + CHANGED_MARK,
            line.inBefore() ? units(before.mean(), options) : "",
            line.inAfter() ? units(after.mean(), options) : "",
            line.inBefore() ? ratio(before, after).orElse("") : "",
            sides.memory
                ? String.format(
                    Locale.ROOT,
                    " %13s %13s",
                    line.inBefore() ? count(meanBytes(line.beforeRuns())) : "",
                    line.inAfter() ? count(meanBytes(line.afterRuns())) : "")
                : "");
    return row == null ? text.stripTrailing() : text + contents(row.contents(), 0);
  }

  private static double meanBytes(List<Optional<LineStats>> runs) {
    long sum = 0;
    for (Optional<LineStats> run : runs) {
      sum += run.map(LineStats::allocatedBytes).orElse(0L);
    }
    return (double) sum / runs.size();
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
