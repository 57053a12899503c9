package org.jkernprof.agent.rt;

import java.util.Arrays;

/**
 * One thread's calls per method id, as the sampled timer's counting probes count them (see {@link
 * CallTallies}). Only the owning thread writes; the array doubles when a method id is past its end,
 * which happens a few times per thread at most.
 */
final class CallTally {
  /** Method ids there is room for at first: small, since every thread that calls has one. */
  private static final int INITIAL_SIZE = 16;

  private long[] calls;

  CallTally(int methodCapacity) {
    calls = new long[Math.max(INITIAL_SIZE, methodCapacity)];
  }

  /** Counts one call of method {@code id}: the hot path, small enough to inline. */
  void count(int id) {
    long[] c = calls;
    if (id < c.length) {
      c[id]++;
    } else {
      grow(id);
    }
  }

  private void grow(int id) {
    long[] c = Arrays.copyOf(calls, Math.max(id + 1, 2 * calls.length));
    c[id]++;
    calls = c;
  }

  /** Adds this thread's calls to {@code totals}, per method id, as far as it reaches. */
  void addTo(long[] totals) {
    long[] c = calls;
    for (int i = 0; i < Math.min(c.length, totals.length); i++) {
      totals[i] += c[i];
    }
  }
}
