package org.jkernprof.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The methods a function-level report lists, in its order, and the lines pstats prints above them:
 * {@code Ordered by: KEY}, then {@code List reduced from N to M due to restriction <R>} for each
 * restriction (a method pattern, then {@code --top}) that left methods out.
 */
final class StatsSelection {
  private static final Comparator<StatsEntry> TIES =
      Comparator.comparing(StatsEntry::stdName).thenComparing(e -> e.stats().key());

  private final List<StatsEntry> listed;
  private final List<String> heading;

  private StatsSelection(List<StatsEntry> listed, List<String> heading) {
    this.listed = Collections.unmodifiableList(listed);
    this.heading = Collections.unmodifiableList(heading);
  }

  static StatsSelection of(
      List<StatsEntry> entries, StatsOptions options, Optional<StatsNamePattern> pattern) {
    List<StatsEntry> list = new ArrayList<>();
    for (StatsEntry entry : entries) {
      if (!options.skipZero() || entry.stats().calls() > 0) {
        list.add(entry);
      }
    }
    list.sort(order(options.sortKey()).thenComparing(TIES));
    List<String> heading = new ArrayList<>();
    if (list.isEmpty()) {
      // pstats prints no heading when there is nothing to list.
      return new StatsSelection(list, heading);
    }
    heading.add("   Ordered by: " + options.sortKey().description());
    if (pattern.isPresent()) {
      List<StatsEntry> matching = new ArrayList<>();
      for (StatsEntry entry : list) {
        if (pattern.get().matches(entry)) {
          matching.add(entry);
        }
      }
      list = reduced(list, matching, pattern.get().pythonRepr(), heading);
    }
    if (options.top().isPresent() && options.top().getAsInt() < list.size()) {
      List<StatsEntry> first = list.subList(0, options.top().getAsInt());
      list = reduced(list, new ArrayList<>(first), Integer.toString(first.size()), heading);
    }
    return new StatsSelection(list, heading);
  }

  private static List<StatsEntry> reduced(
      List<StatsEntry> from, List<StatsEntry> to, String restriction, List<String> heading) {
    if (to.size() != from.size()) {
      heading.add(
          "   List reduced from "
              + from.size()
              + " to "
              + to.size()
              + " due to restriction <"
              + restriction
              + ">");
    }
    return to;
  }

  private static Comparator<StatsEntry> order(SortKey key) {
    switch (key) {
      case CUMULATIVE:
        return Comparator.comparingLong((StatsEntry e) -> e.stats().cumulativeNanos()).reversed();
      case TOTTIME:
        return Comparator.comparingLong((StatsEntry e) -> e.stats().totalNanos()).reversed();
      case NCALLS:
        return Comparator.comparingLong((StatsEntry e) -> e.stats().calls()).reversed();
      case PCALLS:
        return Comparator.comparingLong((StatsEntry e) -> e.stats().primitiveCalls()).reversed();
      case NAME:
        return Comparator.comparing(StatsEntry::label);
      case FILENAME:
        return Comparator.comparing(StatsEntry::fileName);
      case LINE:
        return Comparator.comparingInt(StatsEntry::line);
      case STDNAME:
        return Comparator.comparing(StatsEntry::stdName);
      case NFL:
        return Comparator.comparing(StatsEntry::label)
            .thenComparing(StatsEntry::fileName)
            .thenComparingInt(StatsEntry::line);
      default:
        throw new AssertionError(key);
    }
  }

  /** The methods to list, in the report's order. */
  List<StatsEntry> listed() {
    return listed;
  }

  /**
   * The lines above the table and a blank line; nothing when there was nothing to list to begin
   * with. Unlike pstats, they are printed when a restriction left no method, to say so.
   */
  String heading() {
    return heading.isEmpty() ? "" : String.join("\n", heading) + "\n\n";
  }
}
