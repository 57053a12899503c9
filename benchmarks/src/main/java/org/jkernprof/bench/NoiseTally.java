package org.jkernprof.bench;

import java.util.List;
import java.util.function.Predicate;

/**
 * What diffs of unchanged code said about one set of lines, summed over the diffs: how many lines
 * were compared, how far their times moved, how many of those moves the diff marked as real (every
 * one a false alarm, the code being the same) and how many lines' hits changed.
 */
final class NoiseTally {
  /** Lines with time on both sides, of every method. */
  static final Predicate<DiffLines.Line> TIMED = DiffLines.Line::timedOnBothSides;

  /** The lines that matter: at least 1 ms per run on both sides. */
  static final Predicate<DiffLines.Line> AT_LEAST_1_MS =
      l -> l.timedOnBothSides() && Math.min(l.nanosBefore, l.nanosAfter) >= 1e6;

  private final Predicate<DiffLines.Line> compared;
  int lines;
  int moved10;
  int moved2x;
  int alarms;
  int alarms10;
  int alarms2x;
  int hitsChanged;

  NoiseTally(Predicate<DiffLines.Line> compared) {
    this.compared = compared;
  }

  /** Adds the lines of one diff. */
  void add(List<DiffLines.Line> diff) {
    for (DiffLines.Line l : diff) {
      if (!compared.test(l)) {
        continue;
      }
      lines++;
      boolean over10 = l.change() > 1.1;
      boolean over2x = l.change() > 2;
      moved10 += over10 ? 1 : 0;
      moved2x += over2x ? 1 : 0;
      hitsChanged += l.hitsChanged() ? 1 : 0;
      if (!l.withinNoise) {
        alarms++;
        alarms10 += over10 ? 1 : 0;
        alarms2x += over2x ? 1 : 0;
      }
    }
  }

  /** The share of compared lines marked as a real change, in percent. */
  double alarmPercent() {
    return percent(alarms);
  }

  double percent(int count) {
    return lines == 0 ? 0 : 100.0 * count / lines;
  }

  /** {@code 1,234 (5.6 %)}. */
  String countAndPercent(int count) {
    return CostTable.format("%,d (%.1f %%)", count, percent(count));
  }
}
