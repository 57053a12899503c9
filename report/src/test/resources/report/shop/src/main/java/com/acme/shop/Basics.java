package com.acme.shop;

import java.util.List;
import org.jkernprof.Profile;

/** Plain methods, overloads and a lambda. */
public class Basics {

  /**
   * Sums the values: the javadoc is not part of the listing.
   */
  @Profile
  public static int total(List<Integer> values) {
    int sum = 0;
    for (int v : values) {
      sum += v;
    }
    return sum;
  }

  @Profile
  static int add(int a, int b) {
    return a + b;
  }

  @Profile
  static double add(double a, double b) {
    return a + b;
  }

  @Profile
  static int sumOfSquares(List<Integer> values) {
    return values.stream()
        .map(
            v -> {
              int square = v * v;
              return square;
            })
        .reduce(0, Integer::sum);
  }

  @Profile
  static void neverCalled(String... names) {
    System.out.println(names.length);
  }
}
