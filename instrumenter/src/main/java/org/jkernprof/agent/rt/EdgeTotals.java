package org.jkernprof.agent.rt;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Caller-callee counts summed over threads: for a snapshot, or for the threads that have ended. Not
 * on the hot path.
 */
final class EdgeTotals {
  /**
   * Counts per edge: calls, primitive calls, own ns, cumulative ns, child calls, nested calls (see
   * {@link CallCounters}).
   */
  static final int COUNTS = 6;

  private final Map<Long, Integer> index = new HashMap<>();
  private int[] callers = new int[16];
  private int[] callees = new int[16];
  private long[] counts = new long[COUNTS * 16];
  private int size;

  void add(int caller, int callee, long[] source, int offset) {
    long key = ((long) (caller + 1) << 32) | callee;
    Integer at = index.get(key);
    if (at == null) {
      at = size++;
      if (at == callers.length) {
        callers = Arrays.copyOf(callers, at * 2);
        callees = Arrays.copyOf(callees, at * 2);
        counts = Arrays.copyOf(counts, COUNTS * at * 2);
      }
      callers[at] = caller;
      callees[at] = callee;
      index.put(key, at);
    }
    for (int i = 0; i < COUNTS; i++) {
      counts[COUNTS * at + i] += source[offset + i];
    }
  }

  /** Adds every pair of {@code other} with its counts. */
  void addAll(EdgeTotals other) {
    for (int i = 0; i < other.size; i++) {
      add(other.callers[i], other.callees[i], other.counts, COUNTS * i);
    }
  }

  int[] callers() {
    return Arrays.copyOf(callers, size);
  }

  int[] callees() {
    return Arrays.copyOf(callees, size);
  }

  /** {@link #COUNTS} per edge. */
  long[] counts() {
    return Arrays.copyOf(counts, COUNTS * size);
  }
}
