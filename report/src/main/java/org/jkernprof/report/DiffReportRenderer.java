package org.jkernprof.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jkernprof.results.LineResultsDiff;
import org.jkernprof.results.LineResultsDiff.LineChange;
import org.jkernprof.results.LineResultsDiff.MethodChange;

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
    ShownTime before = ShownTime.of(diff.base(), plain);
    ShownTime after = ShownTime.of(diff.changed(), plain);
    boolean memory = diff.base().hasMemory() && diff.changed().hasMemory();
    StringBuilder out = new StringBuilder();
    out.append("Comparing ").append(baseName).append(" (before) with ").append(changedName);
    out.append(" (after)\n");
    out.append("Timer unit: ").append(PythonGFormat.format(plain.unitSeconds())).append(" s\n\n");
    appendSummary(out, diff.methods(), all);
    for (MethodChange method : diff.methods()) {
      if (all || method.hitsChanged()) {
        appendMethod(out, method, listings, plain, before, after, memory);
      }
    }
    return out.toString();
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
      ShownTime before,
      ShownTime after,
      boolean memory) {
    MethodListing listing = listings.build(change.method());
    long nanosBefore = change.before().map(before::of).orElse(0L);
    long nanosAfter = change.after().map(after::of).orElse(0L);
    out.append("Total time: ")
        .append(seconds(nanosBefore))
        .append(" s -> ")
        .append(seconds(nanosAfter))
        .append(" s")
        .append(ratio(nanosBefore, nanosAfter).map(r -> " (x " + r + ")").orElse(""))
        .append('\n');
    out.append("File: ").append(listing.filePath()).append('\n');
    out.append("Function: ")
        .append(listing.functionName())
        .append(" at line ")
        .append(listing.declarationLine());
    if (change.isNew()) {
      out.append(" (new: only the newer run has it)");
    } else if (change.vanished()) {
      out.append(" (vanished: only the base run has it)");
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
            memory ? String.format(Locale.ROOT, " %13s %13s", "Bytes before", "Bytes after") : "",
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
          line == null
              ? blankRow(row, memory)
              : figuresRow(row, line, options, before, after, memory));
      out.append('\n');
    }
    for (LineChange line : change.lines()) {
      if (!shown.contains(line.line())) {
        out.append(figuresRow(null, line, options, before, after, memory)).append('\n');
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
      ListingRow row,
      LineChange line,
      ReportOptions options,
      ShownTime before,
      ShownTime after,
      boolean memory) {
    Optional<Long> timeBefore = line.before().map(before::of);
    Optional<Long> timeAfter = line.after().map(after::of);
    long hitsChange = line.hitsAfter() - line.hitsBefore();
    String text =
        String.format(
            Locale.ROOT,
            "%6d %12s %12s %12s %14s %14s %8s%s",
            line.line(),
            line.before().map(s -> String.valueOf(s.hits())).orElse(""),
            line.after().map(s -> String.valueOf(s.hits())).orElse(""),
            hitsChange == 0 ? "" : String.format(Locale.ROOT, "%+d%s", hitsChange, CHANGED_MARK),
            timeBefore.map(t -> units(t, options)).orElse(""),
            timeAfter.map(t -> units(t, options)).orElse(""),
            ratio(timeBefore.orElse(0L), timeAfter.orElse(0L)).orElse(""),
            memory
                ? String.format(
                    Locale.ROOT,
                    " %13s %13s",
                    line.before().map(s -> String.valueOf(s.allocatedBytes())).orElse(""),
                    line.after().map(s -> String.valueOf(s.allocatedBytes())).orElse(""))
                : "");
    return row == null ? text.stripTrailing() : text + contents(row.contents(), 0);
  }

  private static String contents(String text, int pad) {
    if (text.isEmpty()) {
      return "";
    }
    return " ".repeat(pad) + "  " + text;
  }

  private static String units(long nanos, ReportOptions options) {
    return String.format(Locale.ROOT, "%.1f", nanos * 1e-9 / options.unitSeconds());
  }

  private static String seconds(long nanos) {
    return PythonGFormat.format(nanos * 1e-9);
  }

  /** After over before, to two decimals; empty when the base had no time to compare with. */
  private static Optional<String> ratio(long before, long after) {
    if (before <= 0 || after < 0) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "%.2f", (double) after / before));
  }
}
