package org.jkernprof.agent.rt;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Caller-callee counts summed over threads: for a snapshot, or for the threads that have ended. Not
 * on the hot path.
 */
final class EdgeTotals {
  private final Map<Long, Integer> index = new HashMap<>();
  private int[] callers = new int[16];
  private int[] callees = new int[16];
  private long[] counts = new long[4 * 16];
  private int size;

  void add(int caller, int callee, long[] source, int offset) {
    long key = ((long) (caller + 1) << 32) | callee;
    Integer at = index.get(key);
    if (at == null) {
      at = size++;
      if (at == callers.length) {
        callers = Arrays.copyOf(callers, at * 2);
        callees = Arrays.copyOf(callees, at * 2);
        counts = Arrays.copyOf(counts, 4 * at * 2);
      }
      callers[at] = caller;
      callees[at] = callee;
      index.put(key, at);
    }
    for (int i = 0; i < 4; i++) {
      counts[4 * at + i] += source[offset + i];
    }
  }

  /** Adds every pair of {@code other} with its counts. */
  void addAll(EdgeTotals other) {
    for (int i = 0; i < other.size; i++) {
      add(other.callers[i], other.callees[i], other.counts, 4 * i);
    }
  }

  int[] callers() {
    return Arrays.copyOf(callers, size);
  }

  int[] callees() {
    return Arrays.copyOf(callees, size);
  }

  long[] counts() {
    return Arrays.copyOf(counts, 4 * size);
  }
}
