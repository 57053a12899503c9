package org.jkernprof.e2e.moved;

import org.jkernprof.Profile;

/** The newer version: two lines above the loop move it down, one line's text changed. */
public class Moved {
  @Profile
  static long work(int n) {
    long sum = 0;
    // Added: the loop and everything below it move two lines down.
    long unused = n * 2L;
    for (int i = 0; i < n; i++) {
      sum += i % 7;
    }
    sum += 2;
    return sum;
  }

  public static void main(String[] args) {
    System.out.println(work(1000));
  }
}
