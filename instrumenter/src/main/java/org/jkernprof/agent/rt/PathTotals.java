package org.jkernprof.agent.rt;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Calling-context trees summed over threads, merged by path: the same methods from the root make
 * the same node. For a snapshot, or for the threads that have ended. Its root is implicit; every
 * node's parent comes before it. Not on the hot path.
 */
final class PathTotals {
  private final Map<Long, Integer> index = new HashMap<>();
  private int[] parents = new int[16];
  private int[] methods = new int[16];
  private long[] counts = new long[CallCounters.NODE * 16];
  private int size;

  /**
   * Adds one thread's tree: {@code count} nodes, node 0 its root, each node's parent before it, and
   * {@link CallCounters#NODE} counts per node in {@code stats}.
   */
  void addTree(int[] treeParents, int[] treeMethods, long[] stats, int count) {
    int[] merged = new int[count];
    merged[0] = -1;
    for (int node = 1; node < count; node++) {
      int parent = treeParents[node];
      // A node read while its thread was making it may not be whole yet: left out.
      if (parent < 0 || parent >= node || merged[parent] == Integer.MIN_VALUE) {
        merged[node] = Integer.MIN_VALUE;
        continue;
      }
      merged[node] = add(merged[parent], treeMethods[node], stats, CallCounters.NODE * node);
    }
  }

  /** Adds every node of {@code other} with its counts. */
  void addAll(PathTotals other) {
    int[] merged = new int[other.size];
    for (int node = 0; node < other.size; node++) {
      int parent = other.parents[node];
      merged[node] =
          add(
              parent < 0 ? -1 : merged[parent],
              other.methods[node],
              other.counts,
              CallCounters.NODE * node);
    }
  }

  /** Adds counts to the node of {@code method} under {@code parent} (-1: the root), made if new. */
  private int add(int parent, int method, long[] source, int offset) {
    long key = ((long) (parent + 1) << 32) | (method & 0xFFFFFFFFL);
    Integer at = index.get(key);
    if (at == null) {
      at = size++;
      if (at == parents.length) {
        parents = Arrays.copyOf(parents, at * 2);
        methods = Arrays.copyOf(methods, at * 2);
        counts = Arrays.copyOf(counts, CallCounters.NODE * at * 2);
      }
      parents[at] = parent;
      methods[at] = method;
      index.put(key, at);
    }
    for (int i = 0; i < CallCounters.NODE; i++) {
      counts[CallCounters.NODE * at + i] += source[offset + i];
    }
    return at;
  }

  /** Per node, its parent: -1 for a child of the root. */
  int[] parents() {
    return Arrays.copyOf(parents, size);
  }

  /** Per node, its method: -1 for the other node. */
  int[] methods() {
    return Arrays.copyOf(methods, size);
  }

  /** {@link CallCounters#NODE} counts per node: calls, own nanoseconds, child calls. */
  long[] counts() {
    return Arrays.copyOf(counts, CallCounters.NODE * size);
  }
}
