package org.jkernprof.agent.rt;

import java.util.Arrays;

/**
 * One thread's function-level counters: per method its calls, primitive (non-recursive) calls, own
 * time and cumulative time, and the same per caller-callee pair, plus the stack of active profiled
 * frames. Probes call {@link #push} at method entry and {@link #exit} when the frame ends; only the
 * owning thread writes here, so the hot path takes no lock and allocates nothing (the caller-callee
 * table is an open-addressing table of primitives that grows rarely).
 */
public final class CallCounters {
  /** Per method id: calls, primitive calls, own nanoseconds, cumulative nanoseconds. */
  private long[] stats;

  /** Per method id: how many of its frames are active on this thread. */
  private int[] active;

  /** Per active frame (1 up to depth): method id, caller-callee edge, start, time in children. */
  private int[] frameMethod = new int[64];

  private int[] frameEdge = new int[64];
  private long[] frameStart = new long[64];
  private long[] frameChildren = new long[64];
  private int depth;

  /**
   * Per edge: calls, primitive calls, callee's own nanoseconds, callee's cumulative nanoseconds.
   */
  private long[] edgeStats = new long[4 * 64];

  private int[] edgeCaller = new int[64];
  private int[] edgeCallee = new int[64];
  private int edgeCount;

  /** Open addressing: edge index + 1 per bucket, 0 for empty; keys packed caller and callee. */
  private int[] edgeBuckets = new int[128];

  private long[] edgeKeys = new long[64];

  CallCounters(int methodCapacity) {
    stats = new long[4 * methodCapacity];
    active = new int[methodCapacity];
  }

  /** Makes room for method ids below {@code capacity}; called at frame entry. */
  void ensureCapacity(int capacity) {
    if (active.length < capacity) {
      int size = Math.max(capacity, active.length * 2);
      stats = Arrays.copyOf(stats, 4 * size);
      active = Arrays.copyOf(active, size);
    }
  }

  /**
   * Opens a frame of method {@code id}, called from the innermost active frame (or from code that
   * is not profiled), and returns its index for {@link #exit}.
   */
  public int push(int id) {
    int frame = depth + 1;
    if (frame == frameMethod.length) {
      growFrames();
    }
    int caller = frame > 1 ? frameMethod[frame - 1] : -1;
    long[] s = stats;
    s[4 * id]++;
    boolean outermost = active[id]++ == 0;
    if (outermost) {
      s[4 * id + 1]++;
    }
    int edge = edge(caller, id);
    long[] e = edgeStats;
    e[4 * edge]++;
    if (outermost) {
      e[4 * edge + 1]++;
    }
    frameMethod[frame] = id;
    frameEdge[frame] = edge;
    frameChildren[frame] = 0;
    depth = frame;
    frameStart[frame] = System.nanoTime();
    return frame;
  }

  /** Closes frame {@code frame}, and any frame above it an exception left without closing. */
  public void exit(int frame) {
    long now = System.nanoTime();
    while (depth > frame) {
      close(depth, now);
    }
    close(frame, now);
  }

  private void close(int frame, long now) {
    int id = frameMethod[frame];
    long elapsed = now - frameStart[frame];
    long own = elapsed - frameChildren[frame];
    boolean outermost = --active[id] == 0;
    long[] s = stats;
    s[4 * id + 2] += own;
    long[] e = edgeStats;
    int edge = frameEdge[frame];
    e[4 * edge + 2] += own;
    if (outermost) {
      s[4 * id + 3] += elapsed;
      e[4 * edge + 3] += elapsed;
    }
    depth = frame - 1;
    if (frame > 1) {
      frameChildren[frame - 1] += elapsed;
    }
  }

  private int edge(int caller, int callee) {
    long key = ((long) (caller + 1) << 32) | callee;
    int[] buckets = edgeBuckets;
    int mask = buckets.length - 1;
    int bucket = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    while (true) {
      int entry = buckets[bucket];
      if (entry == 0) {
        return addEdge(key, caller, callee);
      }
      if (edgeKeys[entry - 1] == key) {
        return entry - 1;
      }
      bucket = (bucket + 1) & mask;
    }
  }

  private int addEdge(long key, int caller, int callee) {
    int edge = edgeCount++;
    if (edge == edgeCaller.length) {
      int size = edge * 2;
      edgeCaller = Arrays.copyOf(edgeCaller, size);
      edgeCallee = Arrays.copyOf(edgeCallee, size);
      edgeKeys = Arrays.copyOf(edgeKeys, size);
      edgeStats = Arrays.copyOf(edgeStats, 4 * size);
    }
    edgeCaller[edge] = caller;
    edgeCallee[edge] = callee;
    edgeKeys[edge] = key;
    if (2 * edgeCount > edgeBuckets.length) {
      rehash(edgeBuckets.length * 2);
    } else {
      insertBucket(edgeBuckets, key, edge);
    }
    return edge;
  }

  private void rehash(int size) {
    int[] buckets = new int[size];
    for (int edge = 0; edge < edgeCount; edge++) {
      insertBucket(buckets, edgeKeys[edge], edge);
    }
    edgeBuckets = buckets;
  }

  private static void insertBucket(int[] buckets, long key, int edge) {
    int mask = buckets.length - 1;
    int bucket = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    while (buckets[bucket] != 0) {
      bucket = (bucket + 1) & mask;
    }
    buckets[bucket] = edge + 1;
  }

  private void growFrames() {
    int size = frameMethod.length * 2;
    frameMethod = Arrays.copyOf(frameMethod, size);
    frameEdge = Arrays.copyOf(frameEdge, size);
    frameStart = Arrays.copyOf(frameStart, size);
    frameChildren = Arrays.copyOf(frameChildren, size);
  }

  /**
   * Adds this thread's counts to the totals, as if its active frames closed {@code now}: a program
   * stopped mid-call still shows the time of the calls it was in.
   *
   * @param methodTotals four longs per method id
   * @param edges receives every caller-callee pair with its four counts
   */
  void addTo(long[] methodTotals, EdgeTotals edges, long now) {
    long[] s = stats.clone();
    long[] e = edgeStats.clone();
    int[] running = active.clone();
    long inner = 0;
    for (int frame = Math.min(depth, frameMethod.length - 1); frame >= 1; frame--) {
      int id = frameMethod[frame];
      int edge = frameEdge[frame];
      if (id >= running.length || edge >= edgeCount) {
        continue;
      }
      long elapsed = Math.max(0, now - frameStart[frame]);
      long own = Math.max(0, elapsed - frameChildren[frame] - inner);
      s[4 * id + 2] += own;
      e[4 * edge + 2] += own;
      if (--running[id] == 0) {
        s[4 * id + 3] += elapsed;
        e[4 * edge + 3] += elapsed;
      }
      inner = elapsed;
    }
    int n = Math.min(s.length, methodTotals.length);
    for (int i = 0; i < n; i++) {
      methodTotals[i] += s[i];
    }
    int[] callers = edgeCaller;
    int[] callees = edgeCallee;
    int edgesSeen =
        Math.min(edgeCount, Math.min(Math.min(callers.length, callees.length), e.length / 4));
    for (int edge = 0; edge < edgesSeen; edge++) {
      edges.add(callers[edge], callees[edge], e, 4 * edge);
    }
  }
}
