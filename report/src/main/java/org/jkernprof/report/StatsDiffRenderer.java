package org.jkernprof.report;

import java.util.List;
import java.util.Locale;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionResultsDiff;
import org.jkernprof.results.FunctionResultsDiff.FunctionChange;
import org.jkernprof.results.FunctionStats;

/**
 * The text of {@code jkernprof diff} for function-level results: pstats's table with each figure
 * before and after. Calls are exact: a changed count (marked {@code *}) is a real change; own and
 * cumulative times come with their ratio, marked {@code ~} where the change is within the runs'
 * noise ({@link SideTime}).
 */
public final class StatsDiffRenderer {
  private static final String ROW = "%13s %13s %13s %14s %14s %7s %14s %14s %7s  %s";

  private StatsDiffRenderer() {}

  /**
   * The whole report, ending with a newline.
   *
   * @param baseName how the base runs are named in the heading (their files)
   * @param changedName how the newer runs are named
   * @param all whether to list the methods whose calls did not change too
   */
  public static String render(
      FunctionResultsDiff diff, String baseName, String changedName, boolean all) {
    StringBuilder out = new StringBuilder();
    int baseRuns = diff.baseRuns().size();
    int changedRuns = diff.changedRuns().size();
    out.append(DiffReportRenderer.comparing(baseName, baseRuns, changedName, changedRuns))
        .append('\n');
    out.append(
            DiffReportRenderer.noiseNote(baseRuns, changedRuns, diff.baseRuns().get(0).isSampled()))
        .append("\n\n");
    appendSummary(out, diff.functions(), all);
    String header =
        String.format(
            Locale.ROOT,
            ROW,
            "ncalls before",
            "ncalls after",
            "calls change",
            "tottime before",
            "tottime after",
            "x tot",
            "cumtime before",
            "cumtime after",
            "x cum",
            "filename:lineno(function)");
    out.append(header).append('\n');
    for (FunctionChange f : diff.functions()) {
      if (all || f.callsChanged()) {
        out.append(row(f, diff)).append('\n');
      }
    }
    return out.toString();
  }

  private static void appendSummary(
      StringBuilder out, List<FunctionChange> functions, boolean all) {
    int changed = 0;
    int fresh = 0;
    int vanished = 0;
    for (FunctionChange f : functions) {
      if (f.isNew()) {
        fresh++;
      } else if (f.vanished()) {
        vanished++;
      } else if (f.callsChanged()) {
        changed++;
      }
    }
    int same = functions.size() - changed - fresh - vanished;
    out.append(
        String.format(
            Locale.ROOT,
            "Calls changed in %,d %s; %,d new, %,d vanished; %,d with the same calls%s\n\n",
            changed,
            changed == 1 ? "method" : "methods",
            fresh,
            vanished,
            same,
            same == 0 || all ? "" : " (not shown: --all shows them)"));
  }

  private static String row(FunctionChange f, FunctionResultsDiff diff) {
    List<FunctionResults> before = diff.baseRuns();
    List<FunctionResults> after = diff.changedRuns();
    SideTime ownBefore = SideTime.ofFunction(f.beforeRuns(), before, FunctionStats::totalNanos);
    SideTime ownAfter = SideTime.ofFunction(f.afterRuns(), after, FunctionStats::totalNanos);
    SideTime cumBefore =
        SideTime.ofFunction(f.beforeRuns(), before, FunctionStats::cumulativeNanos);
    SideTime cumAfter = SideTime.ofFunction(f.afterRuns(), after, FunctionStats::cumulativeNanos);
    double change = f.callsChange();
    return String.format(
        Locale.ROOT,
        ROW,
        f.isNew() ? "" : DiffReportRenderer.count(f.callsBefore()),
        f.vanished() ? "" : DiffReportRenderer.count(f.callsAfter()),
        change == 0
            ? ""
            : (change > 0 ? "+" : "-") + DiffReportRenderer.count(Math.abs(change)) + "*",
        f.isNew() ? "" : seconds(ownBefore),
        f.vanished() ? "" : seconds(ownAfter),
        f.isNew() ? "" : DiffReportRenderer.ratio(ownBefore, ownAfter).orElse(""),
        f.isNew() ? "" : seconds(cumBefore),
        f.vanished() ? "" : seconds(cumAfter),
        f.isNew() ? "" : DiffReportRenderer.ratio(cumBefore, cumAfter).orElse(""),
        StatsEntry.standardName(f.function())
            + (f.isNew() ? " (new)" : f.vanished() ? " (vanished)" : ""));
  }

  private static String seconds(SideTime time) {
    return String.format(Locale.ROOT, "%.6f", time.mean() * 1e-9);
  }
}
