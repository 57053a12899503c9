package org.jkernprof.bench;

import org.jkernprof.Profile;

/**
 * The program whose start-up {@link StartupComparison} times: tiny, with one {@code @Profile}
 * method so that the agent does its real work (finds it, instruments it, records it and writes the
 * results at exit).
 */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println(sum(10));
  }

  @Profile
  static int sum(int n) {
    int sum = 0;
    for (int i = 0; i < n; i++) {
      sum += i;
    }
    return sum;
  }
}
