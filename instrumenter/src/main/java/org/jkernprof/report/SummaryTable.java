package org.jkernprof.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The closing summary, one line per method as line_profiler 4's {@code --summarize} writes it
 * ({@code %6.2f seconds - file:line - function}), the seconds column widened to the widest value.
 */
final class SummaryTable {
  private static final int DEFAULT_SECONDS_WIDTH = 6;

  private SummaryTable() {}

  static String render(List<MethodListing> listings) {
    List<String> seconds = new ArrayList<>(listings.size());
    int width = DEFAULT_SECONDS_WIDTH;
    for (MethodListing listing : listings) {
      String s =
          BigDecimal.valueOf(listing.method().totalNanos(), 9)
              .setScale(2, RoundingMode.HALF_EVEN)
              .toPlainString();
      seconds.add(s);
      width = Math.max(width, s.length());
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < listings.size(); i++) {
      MethodListing listing = listings.get(i);
      String s = seconds.get(i);
      out.append(" ".repeat(width - s.length()))
          .append(s)
          .append(" seconds - ")
          .append(listing.filePath())
          .append(':')
          .append(listing.declarationLine())
          .append(" - ")
          .append(listing.functionName())
          .append('\n');
    }
    return out.toString();
  }
}
