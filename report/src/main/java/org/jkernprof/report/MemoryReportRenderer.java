package org.jkernprof.report;

import java.util.List;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;

/**
 * Renders memory results in the layout of Python's memory_profiler ({@code jkernprof view
 * --memory}): per method its file, then {@code Line #, Mem usage, Increment, Occurrences, Line
 * Contents} for every source line of its declaration. Mem usage is the heap in use when the line
 * was last entered, Increment the bytes the line allocated (its callees included; never negative,
 * as it counts allocation, not what the collector freed), Occurrences its hits. A pure function of
 * its arguments.
 */
public final class MemoryReportRenderer {
  /** memory_profiler's {@code {0:>6} {1:>12} {2:>12} {3:>10} {4:<}}. */
  private static final String HEADER =
      row("Line #", "Mem usage", "Increment", "Occurrences", "Line Contents");

  private MemoryReportRenderer() {}

  public static String render(LineResults results, SourceResolver sources, ReportOptions options) {
    if (!results.hasMemory()) {
      throw new IllegalArgumentException("the results hold no memory figures");
    }
    MethodListings builder = new MethodListings(new SourceFiles(sources, false), results);
    StringBuilder out = new StringBuilder();
    List<MethodListing> listings =
        TextReportRenderer.listings(
            results.methods(), builder, options, ShownTime.of(results, options));
    for (MethodListing listing : listings) {
      out.append("Filename: ").append(listing.filePath()).append("\n\n");
      listing.note().ifPresent(note -> out.append(note).append("\n\n"));
      out.append(HEADER).append('\n');
      out.append("=".repeat(HEADER.length())).append('\n');
      for (ListingRow r : listing.rows()) {
        String line = Integer.toString(r.line());
        if (r.stats().isPresent() && r.stats().get().hits() > 0) {
          LineStats stats = r.stats().get();
          out.append(
              row(
                  line,
                  ByteSizes.mebibytes(stats.heapBytes()),
                  ByteSizes.mebibytes(stats.allocatedBytes()),
                  Long.toString(stats.hits()),
                  r.contents()));
        } else {
          out.append(row(line, "", "", "", r.contents()));
        }
        out.append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String row(
      String line, String usage, String increment, String occurrences, String contents) {
    String text =
        pad(line, 6)
            + " "
            + pad(usage, 12)
            + " "
            + pad(increment, 12)
            + "  "
            + pad(occurrences, 10)
            + "   "
            + contents;
    return text.stripTrailing();
  }

  private static String pad(String value, int width) {
    return " ".repeat(Math.max(0, width - value.length())) + value;
  }
}
