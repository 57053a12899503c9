package org.jkernprof.e2e.targets;

import org.jkernprof.Profile;

/** Recursion: every frame counts its own lines, so hits are exact call counts. */
public class Recursion {
  /** fib(10) makes 177 calls: 89 reach a base case, 88 recurse. */
  @Profile
  static int fib(int n) {
    if (n < 2) { // hits(177)
      return n; // hits(89)
    }
    return fib(n - 1) + fib(n - 2); // hits(88)
  }

  /** 1001 frames deep; each frame's last line runs after all deeper frames have returned. */
  @Profile
  static long sumTo(int n) {
    if (n == 0) { // hits(1001)
      return 0; // hits(1)
    }
    long rest = sumTo(n - 1); // hits(1000)
    return n + rest; // hits(1000)
  }

  /** isEven(10) → isOdd(9) → ... → isEven(0): 6 calls of isEven, 5 of isOdd. */
  @Profile
  static boolean isEven(int n) {
    return n == 0 || isOdd(n - 1); // hits(6)
  }

  @Profile
  static boolean isOdd(int n) {
    return n != 0 && isEven(n - 1); // hits(5)
  }

  public static void main(String[] args) {
    System.out.println("fib(10) = " + fib(10));
    System.out.println("sumTo(1000) = " + sumTo(1000));
    System.out.println("isEven(10) = " + isEven(10));
  }
}
