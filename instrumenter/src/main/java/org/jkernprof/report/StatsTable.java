package org.jkernprof.report;

import java.util.List;
import org.jkernprof.results.FunctionStats;

/**
 * pstats' {@code print_stats} table: a title, then per method its calls ({@code total/primitive}
 * when some were recursive), own time, own time per call, cumulative time, cumulative time per
 * primitive call and standard name. A per-call column stays blank when its divisor is 0.
 */
final class StatsTable {
  static final String TITLE =
      "   ncalls  tottime  percall  cumtime  percall filename:lineno(method)\n";
  private static final String NO_PER_CALL = "        ";

  private StatsTable() {}

  static String render(List<StatsEntry> listed) {
    StringBuilder out = new StringBuilder(TITLE);
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
      out.append(' ').append(entry.stdName()).append('\n');
    }
    return out.toString();
  }
}
