package org.jkernprof.bench;

import java.lang.management.ManagementFactory;
import org.jkernprof.Profile;

/**
 * What memory counting ({@code -m}) adds per line event, beside the cost of one read of the
 * thread's allocation counter, in one run. Run it three ways and compare: plain, under the agent,
 * and under the agent with {@code memory}:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.jkernprof.bench.MemoryCost
 * java -javaagent:instrumenter/target/jkernprof-agent.jar=output=/tmp/a.lprof,quiet -cp ... MemoryCost
 * java -javaagent:...=output=/tmp/b.lprof,quiet,memory -cp ... MemoryCost
 * </pre>
 *
 * Each iteration of {@link #loop} is two line events (the loop head and its body).
 */
public final class MemoryCost {
  private static final int ITERATIONS = 20_000_000;
  private static long sink;

  private MemoryCost() {}

  @Profile
  static long loop(int n) {
    long acc = 0;
    for (int i = 0; i < n; i++) {
      acc += i ^ (acc >>> 3);
    }
    return acc;
  }

  public static void main(String[] args) {
    com.sun.management.ThreadMXBean bean =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (int warm = 0; warm < 3; warm++) {
      sink += loop(ITERATIONS);
      for (int i = 0; i < ITERATIONS / 10; i++) {
        sink += bean.getThreadAllocatedBytes(Thread.currentThread().getId());
      }
    }
    long start = System.nanoTime();
    sink += loop(ITERATIONS);
    long looped = System.nanoTime();
    for (int i = 0; i < ITERATIONS; i++) {
      sink += bean.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    long read = System.nanoTime();
    System.out.printf(
        "per line event %.1f ns, one allocation-counter read %.1f ns (%d)%n",
        (looped - start) / (2.0 * ITERATIONS), (read - looped) / (double) ITERATIONS, sink & 1);
  }
}
