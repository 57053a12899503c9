package org.jkernprof.e2e.jdk25;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jkernprof.Profile;

/**
 * Compiled and run by JDK 25: starts short-lived virtual threads, in waves of 10,000, each running
 * one profiled method once. Every hit must be counted, and the counters of the threads that ended
 * must not pile up. The first argument is how many threads (100,000 by default, which the hits
 * comments count); with a second argument, {@code heap}, it then prints the heap in use after a
 * full collection on standard error.
 */
public class VirtualThreads {
  private static final int WAVE = 10_000;

  @Profile
  static long work(long i) {
    long r = i % 7; // hits(100000)
    return r + 1; // hits(100000)
  }

  public static void main(String[] args) throws InterruptedException {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    AtomicLong sum = new AtomicLong();
    for (int start = 0; start < threads; start += WAVE) {
      List<Thread> wave = new ArrayList<>(WAVE);
      for (long i = start; i < Math.min(threads, start + WAVE); i++) {
        long n = i;
        wave.add(Thread.ofVirtual().start(() -> sum.addAndGet(work(n))));
      }
      for (Thread thread : wave) {
        thread.join();
      }
    }
    System.out.println("threads " + threads + " sum " + sum.get());
    if (args.length > 1 && args[1].equals("heap")) {
      System.gc();
      Runtime runtime = Runtime.getRuntime();
      long used = runtime.totalMemory() - runtime.freeMemory();
      System.err.println("heap used after a full collection: " + used / 1024 + " KiB");
    }
  }
}
