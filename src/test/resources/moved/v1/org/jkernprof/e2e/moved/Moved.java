package org.jkernprof.e2e.moved;

import org.jkernprof.Profile;

/** The base version of a program DiffMovedLinesTest changes (see the v2 folder). */
public class Moved {
  @Profile
  static long work(int n) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += i % 7;
    }
    sum += 1;
    return sum;
  }

  public static void main(String[] args) {
    System.out.println(work(1000));
  }
}
