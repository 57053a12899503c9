package org.jkernprof.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkernprof.results.CallEdge;

/**
 * pstats' {@code print_callers} and {@code print_callees} tables: per listed method, each method
 * that called it ({@code <-}) or that it called ({@code ->}), with the calls between the two and
 * the callee's own and cumulative time in them. Callers that were not profiled show as {@value
 * #NOT_PROFILED}, last. For results of the sampled timer the first column holds the samples that
 * caught the call (the probes count a method's calls, not who made them) and is headed {@code
 * samples}.
 */
final class CallTable {
  static final String NOT_PROFILED = "<not profiled>";

  /** pstats' order of the other side: file, line, name. */
  private static final Comparator<StatsEntry> OTHER_SIDE =
      Comparator.comparing(StatsEntry::fileName)
          .thenComparingInt(StatsEntry::line)
          .thenComparing(StatsEntry::label)
          .thenComparing(e -> e.stats().key());

  private final List<StatsEntry> entries;
  private final List<CallEdge> edges;
  private final boolean callers;
  private final boolean sampled;

  /**
   * @param entries every method of the results, by index
   * @param callers whether to show callers ({@code <-}) rather than callees ({@code ->})
   * @param sampled whether the results are the sampled timer's, whose edges count the samples that
   *     caught each call rather than the calls: the column then says {@code samples}
   */
  CallTable(List<StatsEntry> entries, List<CallEdge> edges, boolean callers, boolean sampled) {
    this.entries = entries;
    this.edges = edges;
    this.callers = callers;
    this.sampled = sampled;
  }

  String render(List<StatsEntry> listed) {
    int nameSize = 0;
    for (StatsEntry entry : listed) {
      nameSize = Math.max(nameSize, entry.stdName().length());
    }
    nameSize += 2;
    StringBuilder out = new StringBuilder();
    out.append(padRight("Function ", nameSize))
        .append(callers ? "was called by..." : "called...")
        .append('\n');
    if (!edges.isEmpty()) {
      out.append(" ".repeat(nameSize))
          .append(sampled ? "   samples" : "    ncalls")
          .append("  tottime  cumtime\n");
    }
    for (StatsEntry entry : listed) {
      appendMethod(out, entry, nameSize);
    }
    return out.append("\n\n").toString();
  }

  private void appendMethod(StringBuilder out, StatsEntry entry, int nameSize) {
    out.append(padRight(entry.stdName(), nameSize)).append(callers ? "<-" : "->");
    List<Map.Entry<Integer, Calls>> others = new ArrayList<>(summedEdges(entry).entrySet());
    others.sort(Map.Entry.comparingByKey(this::compareOtherSide));
    if (others.isEmpty()) {
      out.append('\n');
      return;
    }
    for (int i = 0; i < others.size(); i++) {
      Calls calls = others.get(i).getValue();
      // pstats widens the count on the following lines by the one-space indent it adds before.
      out.append(i == 0 ? " " : "\n" + " ".repeat(nameSize + 1))
          .append(PstatsNumbers.calls(calls.total, calls.primitive, i == 0 ? 7 : 9))
          .append(' ')
          .append(PstatsNumbers.column(calls.totalNanos))
          .append(' ')
          .append(PstatsNumbers.column(calls.cumulativeNanos))
          .append("  ")
          .append(name(others.get(i).getKey()));
    }
    out.append('\n');
  }

  /**
   * The edges between {@code entry} and each method on the other side, summed in case the results
   * hold the same pair more than once.
   */
  private Map<Integer, Calls> summedEdges(StatsEntry entry) {
    Map<Integer, Calls> sums = new LinkedHashMap<>();
    for (CallEdge edge : edges) {
      int self = callers ? edge.callee() : edge.caller();
      if (self == entry.index()) {
        sums.computeIfAbsent(callers ? edge.caller() : edge.callee(), k -> new Calls()).add(edge);
      }
    }
    return sums;
  }

  /** The calls between two methods, summed over their edges. */
  private static final class Calls {
    long total;
    long primitive;
    long totalNanos;
    long cumulativeNanos;

    void add(CallEdge edge) {
      total += edge.calls();
      primitive += edge.primitiveCalls();
      totalNanos += edge.totalNanos();
      cumulativeNanos += edge.cumulativeNanos();
    }
  }

  private int compareOtherSide(int a, int b) {
    if (a == CallEdge.UNPROFILED || b == CallEdge.UNPROFILED) {
      return Boolean.compare(a == CallEdge.UNPROFILED, b == CallEdge.UNPROFILED);
    }
    return OTHER_SIDE.compare(entries.get(a), entries.get(b));
  }

  private String name(int index) {
    return index == CallEdge.UNPROFILED ? NOT_PROFILED : entries.get(index).stdName();
  }

  private static String padRight(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
