package org.jkernprof.e2e.targets;

import java.util.ArrayList;
import java.util.List;

/**
 * Calls with known counts for function-level profiling: recursion, mutual recursion, an
 * exception through several frames, and threads. No annotations: function mode profiles every
 * method of the application.
 */
public class CallCounts {
  static int fib(int n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
  }

  static boolean isEven(int n) {
    return n == 0 || isOdd(n - 1);
  }

  static boolean isOdd(int n) {
    return n != 0 && isEven(n - 1);
  }

  static void dive(int depth) {
    if (depth == 0) {
      throw new IllegalStateException("bottom");
    }
    dive(depth - 1);
  }

  static int work(int i) {
    return i * 31;
  }

  static void worker() {
    long sum = 0;
    for (int i = 0; i < 10_000; i++) {
      sum += work(i);
    }
    if (sum == 42) {
      System.out.println("unlikely");
    }
  }

  public static void main(String[] args) throws InterruptedException {
    System.out.println("fib(10) = " + fib(10));
    System.out.println("isEven(7) = " + isEven(7));
    try {
      dive(5);
    } catch (IllegalStateException e) {
      System.out.println("caught " + e.getMessage());
    }
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(CallCounts::worker);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }
}
