package org.jkernprof.e2e.nolines;

import java.util.function.IntUnaryOperator;
import org.jkernprof.Profile;

/**
 * Compiled at test time with {@code -g:none}: the marked method has no line numbers, so the agent
 * warns that it cannot profile it and leaves it as it is.
 */
public class NoLineNumbers {
  @Profile
  static int compute(int n) {
    IntUnaryOperator square = x -> x * x; // hits(0)
    int acc = 0; // hits(0)
    for (int i = 0; i < n; i++) { // hits(0)
      acc += square.applyAsInt(i); // hits(0)
    }
    return acc; // hits(0)
  }

  public static void main(String[] args) {
    System.out.println("compute " + compute(10));
  }
}
