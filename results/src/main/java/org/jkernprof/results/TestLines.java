package org.jkernprof.results;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One method's lines in one test's share, as read from a file: every line the run's profile has for
 * the method, with the test's statistics where the test reached the line and zeros elsewhere, plus
 * any line only the test lists; sorted by line. A view that stores only the lines reached, so that
 * a file whose many tests each reach one line of a long method costs memory in proportion to the
 * file, not to its tests times the method's lines. Immutable.
 */
final class TestLines extends AbstractList<LineStats> implements RandomAccess {
  private final List<LineStats> runLines;
  private final LineStats[] reached;

  /** {@code positions[j]}: where {@code reached[j]} stands in this list. Strictly ascending. */
  private final int[] positions;

  /** {@code extrasBefore[j]}: how many of {@code reached[0..j)} the run's lines lack. */
  private final int[] extrasBefore;

  private final int size;

  /**
   * @param runLines the run's lines of the method, sorted by line number, each once
   * @param reached the test's lines, sorted by line number, each once; kept, not copied
   */
  TestLines(List<LineStats> runLines, LineStats[] reached) {
    this.runLines = runLines;
    this.reached = reached;
    positions = new int[reached.length];
    extrasBefore = new int[reached.length + 1];
    int extras = 0;
    for (int j = 0; j < reached.length; j++) {
      int below = countBelow(runLines, reached[j].line());
      boolean inRun = below < runLines.size() && runLines.get(below).line() == reached[j].line();
      extrasBefore[j] = extras;
      positions[j] = below + extras;
      if (!inRun) {
        extras++;
      }
    }
    extrasBefore[reached.length] = extras;
    size = runLines.size() + extras;
  }

  @Override
  public LineStats get(int index) {
    Objects.checkIndex(index, size);
    int j = Arrays.binarySearch(positions, index);
    if (j >= 0) {
      return reached[j];
    }
    // Not reached: a line of the run's, after the extra lines that stand before it here.
    int reachedBefore = -j - 1;
    return new LineStats(runLines.get(index - extrasBefore[reachedBefore]).line(), 0, 0);
  }

  @Override
  public int size() {
    return size;
  }

  /** How many of {@code lines} have a line number below {@code line}. */
  private static int countBelow(List<LineStats> lines, int line) {
    int low = 0;
    int high = lines.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (lines.get(middle).line() < line) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
