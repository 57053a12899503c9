package org.jkernprof.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the lines of one method in two versions of its source by their text: the longest common
 * subsequence of the trimmed lines, so that lines moved by an edit above them keep their partners
 * and a line whose text changed has none.
 */
final class SourceAlignment {
  private SourceAlignment() {}

  /**
   * Where each line of {@code base} went in {@code changed}: base line number to newer line number,
   * for the lines whose text the two share in order. Empty if either has no text (source not
   * found).
   */
  static Map<Integer, Integer> of(List<ListingRow> base, List<ListingRow> changed) {
    Map<Integer, Integer> pairs = new HashMap<>();
    if (!hasText(base) || !hasText(changed)) {
      return pairs;
    }
    int n = base.size();
    int m = changed.size();
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] =
            same(base.get(i), changed.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (same(base.get(i), changed.get(j))) {
        pairs.put(base.get(i).line(), changed.get(j).line());
        i++;
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return pairs;
  }

  private static boolean same(ListingRow a, ListingRow b) {
    return a.contents().trim().equals(b.contents().trim());
  }

  private static boolean hasText(List<ListingRow> rows) {
    return rows.stream().anyMatch(r -> !r.contents().trim().isEmpty());
  }
}
