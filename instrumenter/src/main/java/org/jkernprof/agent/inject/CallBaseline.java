package org.jkernprof.agent.inject;

import java.util.HashMap;
import java.util.Map;
import org.jkernprof.agent.rt.CallSnapshot;

/**
 * The call recorder's counts at the start of an attached session, taken out of every later snapshot
 * so that the session counts from zero (see {@link LineBaseline} for why). Sums per method are
 * matched by method id, which a method keeps when registered again; those per caller-callee edge by
 * the pair, and those per calling-context path by the path, since the order of edges and nodes may
 * differ between two snapshots. Immutable.
 */
final class CallBaseline {
  private final long[] methodCounts;
  private final long[] methodAllocs;
  private final long[] methodNesting;
  private final long[] talliedCalls;
  private final Map<Long, Integer> edges;
  private final long[] edgeCounts;
  private final long[] edgeNesting;
  private final Map<String, Integer> paths;
  private final long[] pathCounts;

  /** The baseline of {@code raw}, a snapshot laid out as {@link CallSnapshot} says. */
  CallBaseline(Object[] raw) {
    methodCounts = (long[]) raw[CallSnapshot.METHOD_COUNTS];
    methodAllocs = (long[]) raw[CallSnapshot.METHOD_ALLOCS];
    methodNesting = (long[]) raw[CallSnapshot.METHOD_NESTING];
    talliedCalls = (long[]) raw[CallSnapshot.TALLIED_CALLS];
    edges = edgeIndex(raw);
    edgeCounts = (long[]) raw[CallSnapshot.EDGE_COUNTS];
    edgeNesting = (long[]) raw[CallSnapshot.EDGE_NESTING];
    paths = pathIndex(raw);
    pathCounts = (long[]) raw[CallSnapshot.PATH_COUNTS];
  }

  /**
   * {@code raw}, a snapshot taken after this baseline, less the baseline. Changes {@code raw}'s
   * arrays, which every snapshot makes anew, and returns it.
   */
  Object[] subtractFrom(Object[] raw) {
    Baselines.subtract((long[]) raw[CallSnapshot.METHOD_COUNTS], methodCounts, 1);
    long[] allocs = (long[]) raw[CallSnapshot.METHOD_ALLOCS];
    if (allocs != null && methodAllocs != null) {
      Baselines.subtract(allocs, methodAllocs, 1);
    }
    Baselines.subtract((long[]) raw[CallSnapshot.METHOD_NESTING], methodNesting, 1);
    Baselines.subtract((long[]) raw[CallSnapshot.TALLIED_CALLS], talliedCalls, 1);
    int[] callers = (int[]) raw[CallSnapshot.EDGE_CALLERS];
    int[] callees = (int[]) raw[CallSnapshot.EDGE_CALLEES];
    long[] counts = (long[]) raw[CallSnapshot.EDGE_COUNTS];
    long[] nesting = (long[]) raw[CallSnapshot.EDGE_NESTING];
    for (int e = 0; e < callers.length; e++) {
      Integer before = edges.get(edgeKey(callers[e], callees[e]));
      if (before != null) {
        subtractRow(counts, edgeCounts, e, before, CallSnapshot.CALL_LONGS);
        subtractRow(nesting, edgeNesting, e, before, CallSnapshot.NESTING_LONGS);
      }
    }
    String[] keys = pathKeys(raw);
    long[] nodeCounts = (long[]) raw[CallSnapshot.PATH_COUNTS];
    for (int node = 0; node < keys.length; node++) {
      Integer before = paths.get(keys[node]);
      if (before != null) {
        subtractRow(nodeCounts, pathCounts, node, before, CallSnapshot.PATH_LONGS);
      }
    }
    return raw;
  }

  /**
   * Row {@code row} of {@code now} less row {@code baseRow} of {@code base}, {@code width} each.
   */
  private static void subtractRow(long[] now, long[] base, int row, int baseRow, int width) {
    Baselines.subtract(now, row * width, base, baseRow * width, width, 1);
  }

  private static Map<Long, Integer> edgeIndex(Object[] raw) {
    int[] callers = (int[]) raw[CallSnapshot.EDGE_CALLERS];
    int[] callees = (int[]) raw[CallSnapshot.EDGE_CALLEES];
    Map<Long, Integer> index = new HashMap<>();
    for (int e = 0; e < callers.length; e++) {
      index.put(edgeKey(callers[e], callees[e]), e);
    }
    return index;
  }

  private static long edgeKey(int caller, int callee) {
    return ((long) caller << 32) | (callee & 0xFFFFFFFFL);
  }

  private static Map<String, Integer> pathIndex(Object[] raw) {
    String[] keys = pathKeys(raw);
    Map<String, Integer> index = new HashMap<>();
    for (int node = 0; node < keys.length; node++) {
      index.put(keys[node], node);
    }
    return index;
  }

  /** Per node of the calling-context tree, the method ids from the root down to it. */
  private static String[] pathKeys(Object[] raw) {
    int[] parents = (int[]) raw[CallSnapshot.PATH_PARENTS];
    int[] methods = (int[]) raw[CallSnapshot.PATH_METHODS];
    String[] keys = new String[parents.length];
    for (int node = 0; node < parents.length; node++) {
      // A parent comes before its children.
      String parent = parents[node] < 0 ? "" : keys[parents[node]];
      keys[node] = parent + '/' + methods[node];
    }
    return keys;
  }
}
