package org.jkernprof.e2e.targets;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A parent whose own work per step is known, calling a cheap child once per step: under function
 * mode most of what the profiler charges the two is the cost of its own probes. Its twins, {@code
 * bareParent} and {@code bareChild}, do the same and are left unprofiled ({@code exclude}); they run
 * interleaved with the profiled pair and time themselves, so the truth is measured in the same JVM
 * at the same moments. Prints {@code bare: CALLS NANOS CPU_SHARE}, the last being the share of the
 * loop's wall time the thread had a CPU: wall times mean little on a machine too busy to run it.
 */
public class ProbeCost {
  static final int STEPS = 1_000;
  static final int CALLS = 1_000;

  static long parent(long value) {
    long v = value;
    for (int i = 0; i < STEPS; i++) {
      for (int j = 0; j < 32; j++) {
        v = v * 6364136223846793005L + 1442695040888963407L;
        v ^= v >>> 29;
      }
      v = child(v);
    }
    return v;
  }

  static long child(long value) {
    return value * 0x9E3779B97F4A7C15L + 1;
  }

  static long bareParent(long value) {
    long v = value;
    for (int i = 0; i < STEPS; i++) {
      for (int j = 0; j < 32; j++) {
        v = v * 6364136223846793005L + 1442695040888963407L;
        v ^= v >>> 29;
      }
      v = bareChild(v);
    }
    return v;
  }

  static long bareChild(long value) {
    return value * 0x9E3779B97F4A7C15L + 1;
  }

  public static void main(String[] args) {
    long profiled = 1;
    long bare = 1;
    long bareNanos = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long wallStart = System.nanoTime();
    for (int call = 0; call < CALLS; call++) {
      long start = System.nanoTime();
      bare = bareParent(bare);
      bareNanos += System.nanoTime() - start;
      profiled = parent(profiled);
    }
    if (bare != profiled) {
      throw new AssertionError("the twins disagree");
    }
    double cpuShare =
        (threads.getCurrentThreadCpuTime() - cpuStart) / (double) (System.nanoTime() - wallStart);
    System.out.println("bare: " + CALLS + " " + bareNanos + " " + cpuShare);
  }
}
