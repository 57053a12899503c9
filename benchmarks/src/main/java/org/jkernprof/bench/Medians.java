package org.jkernprof.bench;

import java.util.Arrays;
import java.util.List;

/** The median, which a few runs slowed by other work on the machine move least. */
final class Medians {
  private Medians() {}

  static double of(List<? extends Number> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    double[] sorted = values.stream().mapToDouble(Number::doubleValue).toArray();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
