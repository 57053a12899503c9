package org.jkernprof.report;

import java.util.ArrayList;
import java.util.List;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineResultsDiff;

/** Each run's shown times, and whether both sides counted memory. */
final class DiffSides {
  final List<LineResults> before;
  final List<LineResults> after;
  final List<ShownTime> beforeTimes = new ArrayList<>();
  final List<ShownTime> afterTimes = new ArrayList<>();
  final boolean memory;

  DiffSides(LineResultsDiff diff, ReportOptions options) {
    this.before = diff.baseRuns();
    this.after = diff.changedRuns();
    before.forEach(r -> beforeTimes.add(ShownTime.of(r, options)));
    after.forEach(r -> afterTimes.add(ShownTime.of(r, options)));
    this.memory =
        before.stream().allMatch(LineResults::hasMemory)
            && after.stream().allMatch(LineResults::hasMemory);
  }
}
