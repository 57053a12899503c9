package org.jkernprof.report;

import java.util.List;
import java.util.Locale;
import org.jkernprof.results.LineResultsDiff.LineChange;
import org.jkernprof.results.LineResultsDiff.MethodChange;

/**
 * How many methods and lines of a diff changed their hits, and how many methods are new, vanished
 * or the same: the summary line of the text diff and of its page. Immutable.
 */
final class DiffCounts {
  final int changedLines;
  final int changedMethods;
  final int newMethods;
  final int vanishedMethods;
  final int sameMethods;

  private DiffCounts(
      int changedLines, int changedMethods, int newMethods, int vanishedMethods, int sameMethods) {
    this.changedLines = changedLines;
    this.changedMethods = changedMethods;
    this.newMethods = newMethods;
    this.vanishedMethods = vanishedMethods;
    this.sameMethods = sameMethods;
  }

  static DiffCounts of(List<MethodChange> methods) {
    int changed = 0;
    int fresh = 0;
    int vanished = 0;
    int lines = 0;
    for (MethodChange m : methods) {
      if (m.isNew()) {
        fresh++;
      } else if (m.vanished()) {
        vanished++;
      } else if (m.hitsChanged()) {
        changed++;
        for (LineChange line : m.lines()) {
          lines += line.hitsChanged() ? 1 : 0;
        }
      }
    }
    return new DiffCounts(
        lines, changed, fresh, vanished, methods.size() - changed - fresh - vanished);
  }

  /**
   * {@code Hits changed on 2 lines of 1 method; 0 new methods, 0 vanished; 3 methods with the same
   * hits (not shown: --all shows them)}, the last part only when {@code all} is false and some are
   * the same.
   */
  String sentence(boolean all) {
    return String.format(
        Locale.ROOT,
        "Hits changed on %,d %s of %,d %s; %,d new %s, %,d vanished; %,d %s the same hits%s",
        changedLines,
        changedLines == 1 ? "line" : "lines",
        changedMethods,
        changedMethods == 1 ? "method" : "methods",
        newMethods,
        newMethods == 1 ? "method" : "methods",
        vanishedMethods,
        sameMethods,
        sameMethods == 1 ? "method with" : "methods with",
        sameMethods == 0 || all ? "" : " (not shown: --all shows them)");
  }
}
