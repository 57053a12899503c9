package org.jkernprof.bench;

import java.util.List;
import org.jkernprof.bench.power.TunedLines;

/**
 * What one diff of {@link TunedLines} runs said: the tuned line's ratio and whether it was marked
 * as a real change (not {@code ~}), and how many of the other lines, whose code did not change,
 * were marked (false alarms) and how far the furthest of them moved.
 */
final class PowerRow {
  final String timer;
  final int runsASide;
  final double factor;

  /** One clock run a side: the diff cannot tell the noise, so it marks nothing. */
  final boolean noiseUnknown;

  final double tunedRatio;
  final boolean tunedMarked;
  final int others;
  final int otherAlarms;
  final double otherLargestMove;

  private PowerRow(
      String timer,
      int runsASide,
      double factor,
      boolean noiseUnknown,
      DiffLines.Line tuned,
      List<DiffLines.Line> others) {
    this.timer = timer;
    this.runsASide = runsASide;
    this.factor = factor;
    this.noiseUnknown = noiseUnknown;
    this.tunedRatio = tuned.nanosAfter / tuned.nanosBefore;
    this.tunedMarked = !tuned.withinNoise;
    this.others = others.size();
    this.otherAlarms = (int) others.stream().filter(l -> !l.withinNoise).count();
    this.otherLargestMove = others.stream().mapToDouble(DiffLines.Line::change).max().orElse(1);
  }

  /**
   * The row of {@code diff}: its tuned line is the one whose text has {@link
   * TunedLines#TUNED_LINE_MARK}, the others every other line timed on both sides; fails unless
   * there is exactly one tuned line and every line's hits are the same on both sides.
   */
  static PowerRow of(
      String timer, int runsASide, double factor, boolean noiseUnknown, List<DiffLines.Line> diff) {
    List<DiffLines.Line> tuned =
        diff.stream().filter(l -> l.text.contains(TunedLines.TUNED_LINE_MARK)).toList();
    if (tuned.size() != 1 || !tuned.get(0).timedOnBothSides()) {
      throw new IllegalStateException(
          "the diff has "
              + tuned.size()
              + " timed lines with the text "
              + TunedLines.TUNED_LINE_MARK
              + "; the runs must save their source text");
    }
    if (diff.stream().anyMatch(DiffLines.Line::hitsChanged)) {
      throw new IllegalStateException("a line's hits changed with the factor " + factor);
    }
    List<DiffLines.Line> others =
        diff.stream().filter(l -> l != tuned.get(0) && l.timedOnBothSides()).toList();
    return new PowerRow(timer, runsASide, factor, noiseUnknown, tuned.get(0), others);
  }

  /** {@code 1.25x (marked)} or {@code 1.10x (not marked)}, for the main table. */
  String verdict() {
    return CostTable.format(
        "%.2fx: %.2f, %s", factor, tunedRatio, tunedMarked ? "marked" : "not marked");
  }

  /** The row of the README's Markdown table. */
  String render() {
    return CostTable.format(
        "| %s | %d | %.2f | %.2f | %s | %s | %.2fx |",
        timer,
        runsASide,
        factor,
        tunedRatio,
        noiseUnknown ? "— (noise unknown: nothing marked)" : tunedMarked ? "**yes**" : "no (`~`)",
        noiseUnknown ? "—" : otherAlarms + " of " + others,
        otherLargestMove);
  }
}
