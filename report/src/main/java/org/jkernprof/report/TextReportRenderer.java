package org.jkernprof.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.MethodProfile;

/**
 * Renders line reports in line_profiler's layout: the timer unit, then per method its total time,
 * file, function and a table of every source line of its declaration with hits, time, time per hit
 * and share of the method's time; optionally a closing summary. Methods are ordered by source path,
 * then declaration line, or by total time, longest first. Missing or unparsable sources are
 * reported in the text. In colour, source lines are syntax-highlighted and {@code % Time} graded.
 */
public final class TextReportRenderer {
  private static final Comparator<MethodListing> SOURCE_ORDER =
      Comparator.comparing(MethodListing::sortPath)
          .thenComparingInt(MethodListing::declarationLine)
          .thenComparing(MethodListing::functionName)
          .thenComparing(listing -> listing.method().key());

  private TextReportRenderer() {}

  /** The complete report text, ending with a newline. A pure function of its arguments. */
  public static String render(LineResults results, SourceResolver sources, ReportOptions options) {
    MethodListings builder = new MethodListings(new SourceFiles(sources, options.color()), results);
    StringBuilder out = new StringBuilder();
    ShownTime shown = ShownTime.of(results, options);
    appendTimerUnit(out, options, shown);
    List<MethodListing> listings =
        appendMethods(out, results.methods(), builder, options, results.hasMemory(), shown);
    if (options.summarize()) {
      out.append(SummaryTable.render(listings, results.hasMemory(), shown));
    }
    return out.toString();
  }

  /**
   * {@code Timer unit: 1e-06 s}, with what was taken out of the times if anything was, and a blank
   * line.
   */
  static void appendTimerUnit(StringBuilder out, ReportOptions options, ShownTime shown) {
    out.append("Timer unit: ")
        .append(PythonGFormat.format(options.unitSeconds()))
        .append(" s")
        .append(shown.timerUnitNote())
        .append("\n\n");
  }

  /**
   * Appends one block per method of {@code methods} (those that ran, with {@code -z}), in the order
   * the options ask for, and returns the listings in that order.
   *
   * @param memory whether to show the allocation columns
   * @param shown which times to show
   */
  static List<MethodListing> appendMethods(
      StringBuilder out,
      List<MethodProfile> methods,
      MethodListings builder,
      ReportOptions options,
      boolean memory,
      ShownTime shown) {
    List<MethodListing> listings = listings(methods, builder, options, shown);
    LineTable table = new LineTable(options.unitSeconds(), options.color(), memory, shown);
    for (MethodListing listing : listings) {
      appendMethod(out, listing, table, shown);
    }
    return listings;
  }

  /** The listings of {@code methods} (those that ran, with {@code -z}) in the order asked for. */
  static List<MethodListing> listings(
      List<MethodProfile> methods, MethodListings builder, ReportOptions options, ShownTime shown) {
    List<MethodListing> listings = new ArrayList<>();
    for (MethodProfile method : methods) {
      if (!options.skipZero() || method.wasCalled()) {
        listings.add(builder.build(method));
      }
    }
    listings.sort(options.sortByTime() ? longestFirst(shown) : SOURCE_ORDER);
    return listings;
  }

  private static Comparator<MethodListing> longestFirst(ShownTime shown) {
    return Comparator.comparingLong((MethodListing listing) -> shown.of(listing.method()))
        .reversed()
        .thenComparing(SOURCE_ORDER);
  }

  private static void appendMethod(
      StringBuilder out, MethodListing listing, LineTable table, ShownTime shown) {
    long total = shown.of(listing.method());
    // As line_profiler's '%g' % (total_time * unit), in doubles: the exact seconds would round
    // differently at a tie of the sixth digit.
    out.append("Total time: ")
        .append(PythonGFormat.format(total * LineTable.NANOSECOND))
        .append(" s\n");
    out.append("File: ").append(listing.filePath()).append('\n');
    out.append("Function: ")
        .append(listing.functionName())
        .append(" at line ")
        .append(listing.declarationLine())
        .append('\n');
    listing.note().ifPresent(note -> out.append(note).append('\n'));
    shown.warmUpNote(listing.method()).ifPresent(note -> out.append(note).append('\n'));
    out.append('\n');
    table.render(out, listing.rows(), total);
    out.append('\n');
  }
}
