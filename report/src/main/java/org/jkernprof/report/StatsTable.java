package org.jkernprof.report;

import java.util.List;
import org.jkernprof.results.FunctionStats;

/**
 * pstats' {@code print_stats} table: a title, then per method its calls ({@code total/primitive}
 * when some were recursive), own time, own time per call, cumulative time, cumulative time per
 * primitive call and standard name. A per-call column stays blank when its divisor is 0. With
 * memory figures, {@code ownalloc} and {@code cumalloc} (bytes allocated, as tottime and cumtime
 * count time) come before the name.
 */
final class StatsTable {
  static final String TITLE =
      "   ncalls  tottime  percall  cumtime  percall filename:lineno(method)\n";
  static final String MEMORY_TITLE =
      "   ncalls  tottime  percall  cumtime  percall   ownalloc   cumalloc filename:lineno(method)\n";
  private static final String NO_PER_CALL = "        ";
  private static final int ALLOC_WIDTH = 10;

  private StatsTable() {}

  static String render(List<StatsEntry> listed, boolean memory) {
    StringBuilder out = new StringBuilder(memory ? MEMORY_TITLE : TITLE);
    for (StatsEntry entry : listed) {
      FunctionStats f = entry.stats();
      out.append(PstatsNumbers.calls(f.calls(), f.primitiveCalls(), 9)).append(' ');
      out.append(PstatsNumbers.column(f.totalNanos())).append(' ');
      out.append(f.calls() == 0 ? NO_PER_CALL : PstatsNumbers.column(f.totalNanos(), f.calls()));
      out.append(' ');
      out.append(PstatsNumbers.column(f.cumulativeNanos())).append(' ');
      out.append(
          f.primitiveCalls() == 0
              ? NO_PER_CALL
              : PstatsNumbers.column(f.cumulativeNanos(), f.primitiveCalls()));
      if (memory) {
        out.append(' ').append(padded(ByteSizes.format(f.ownBytes())));
        out.append(' ').append(padded(ByteSizes.format(f.cumulativeBytes())));
      }
      out.append(' ').append(entry.stdName()).append('\n');
    }
    return out.toString();
  }

  private static String padded(String value) {
    return " ".repeat(Math.max(0, ALLOC_WIDTH - value.length())) + value;
  }
}
