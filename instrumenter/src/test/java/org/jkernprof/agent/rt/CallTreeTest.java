package org.jkernprof.agent.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jkernprof.results.CallPath;
import org.junit.jupiter.api.Test;

/**
 * The calling-context tree of {@link CallCounters}: one node per distinct path of methods from the
 * root, with exactly the calls that took it and the own time the caller-callee pairs count, however
 * frames end (normally, by an exception, or not yet); a bounded number of nodes, past which frames
 * go to the other node and no time is lost; trees of threads merged by path. The probes' calls are
 * made directly, as instrumented code makes them.
 */
class CallTreeTest {
  private static final int MAIN = 0;
  private static final int A = 1;
  private static final int B = 2;
  private static final int C = 3;
  private static final long MILLIS = 1_000_000;

  /** The runtime's bounds are the ones the results and the report's other-paths label name. */
  @Test
  void theRuntimesBoundsAreTheResultsBounds() {
    assertEquals(CallPath.NODES_PER_THREAD, CallCounters.NODE_LIMIT);
    assertEquals(CallPath.MAX_DEPTH, CallCounters.DEPTH_LIMIT);
  }

  @Test
  void eachDistinctPathIsANodeWithItsCallsAndTheOwnTimeOfItsFrames() throws Exception {
    CallCounters counters = new CallCounters(4, null);
    int main = counters.push(MAIN);
    int a = counters.push(A);
    sleepIn(counters, C, 30);
    counters.exit(a);
    int b = counters.push(B);
    sleepIn(counters, C, 5);
    sleepIn(counters, C, 5);
    counters.exit(b);
    counters.exit(main);

    Map<String, long[]> tree = tree(counters);
    assertEquals(
        "[0, 0;1, 0;1;3, 0;2, 0;2;3]", tree.keySet().toString(), "one node per distinct path");
    assertEquals(1, tree.get("0")[CallSnapshot.PATH_CALLS]);
    assertEquals(1, tree.get("0;1;3")[CallSnapshot.PATH_CALLS]);
    assertEquals(2, tree.get("0;2;3")[CallSnapshot.PATH_CALLS]);
    assertEquals(2, tree.get("0")[CallSnapshot.PATH_CHILD_CALLS], "main called a and b");
    assertEquals(2, tree.get("0;2")[CallSnapshot.PATH_CHILD_CALLS], "b called c twice");
    assertEquals(0, tree.get("0;1;3")[CallSnapshot.PATH_CHILD_CALLS]);
    assertTrue(tree.get("0;1;3")[CallSnapshot.PATH_OWN_NANOS] >= 30 * MILLIS, "c under a slept");
    assertTrue(tree.get("0;2;3")[CallSnapshot.PATH_OWN_NANOS] >= 10 * MILLIS, "c under b slept");
    assertOwnTimesMatchTheEdges(counters, 4, 0);
  }

  @Test
  void framesAnExceptionLeftOpenCloseIntoTheirOwnNodes() {
    CallCounters counters = new CallCounters(4, null);
    int a = counters.push(A);
    counters.push(B);
    counters.push(C);
    // c and b threw; a caught it and ends normally.
    counters.exit(a);
    counters.exit(counters.push(C));

    Map<String, long[]> tree = tree(counters);
    assertEquals("[1, 1;2, 1;2;3, 3]", tree.keySet().toString());
    assertEquals(1, tree.get("1;2;3")[CallSnapshot.PATH_CALLS]);
    assertEquals(1, tree.get("3")[CallSnapshot.PATH_CALLS]);
    assertOwnTimesMatchTheEdges(counters, 4, 0);
  }

  @Test
  void recursionMakesAPathPerDepth() {
    CallCounters counters = new CallCounters(4, null);
    for (int round = 0; round < 2; round++) {
      int outer = counters.push(A);
      int middle = counters.push(A);
      counters.exit(counters.push(A));
      counters.exit(middle);
      counters.exit(outer);
    }
    Map<String, long[]> tree = tree(counters);
    assertEquals("[1, 1;1, 1;1;1]", tree.keySet().toString());
    for (long[] node : tree.values()) {
      assertEquals(2, node[CallSnapshot.PATH_CALLS]);
    }
    assertOwnTimesMatchTheEdges(counters, 4, 0);
  }

  @Test
  void framesStillOpenCountAsIfTheyClosedNow() throws Exception {
    CallCounters counters = new CallCounters(4, null);
    counters.push(MAIN);
    counters.push(A);
    Thread.sleep(5);
    long now = System.nanoTime();
    Map<String, long[]> tree = tree(counters, now);
    assertEquals("[0, 0;1]", tree.keySet().toString());
    assertEquals(1, tree.get("0")[CallSnapshot.PATH_CHILD_CALLS], "a, still running");
    assertTrue(tree.get("0;1")[CallSnapshot.PATH_OWN_NANOS] >= 5 * MILLIS);
    assertOwnTimesMatchTheEdges(counters, 4, now);
  }

  @Test
  void pastTheBoundNewPathsAndAllUnderThemGoToTheOtherNode() {
    CallCounters counters = new CallCounters(4, null, 2);
    int main = counters.push(MAIN);
    int a = counters.push(A);
    // Two nodes made: main and main;a. Every new path from here on is other.
    int c = counters.push(C);
    counters.exit(counters.push(B));
    counters.exit(counters.push(C));
    counters.exit(c);
    counters.exit(a);
    counters.exit(counters.push(B));
    counters.exit(counters.push(A));
    counters.exit(main);

    assertEquals(4, counters.nodeCount(), "the root, two paths and the other node");
    Map<String, long[]> tree = tree(counters);
    assertEquals("[0, 0;1, -1]", tree.keySet().toString());
    assertEquals(2, tree.get("0;1")[CallSnapshot.PATH_CALLS], "a known path stays exact");
    assertEquals(4, tree.get("-1")[CallSnapshot.PATH_CALLS], "c, b and c under it, b");
    assertEquals(2, tree.get("-1")[CallSnapshot.PATH_CHILD_CALLS], "the calls c made");
    assertOwnTimesMatchTheEdges(counters, 4, 0);
  }

  @Test
  void framesDeeperThanTheLimitGoToTheOtherNode() {
    CallCounters counters = new CallCounters(1, null);
    int deeper = 5;
    int[] frames = new int[CallCounters.DEPTH_LIMIT + deeper];
    for (int i = 0; i < frames.length; i++) {
      frames[i] = counters.push(0);
    }
    counters.exit(frames[0]);

    Map<String, long[]> tree = tree(counters);
    assertEquals(CallCounters.DEPTH_LIMIT + 1, tree.size(), "a node per depth, and other");
    assertEquals(deeper, tree.get("-1")[CallSnapshot.PATH_CALLS]);
    assertOwnTimesMatchTheEdges(counters, 1, 0);
  }

  @Test
  void treesOfThreadsMergeByPathWhateverTheOrderTheirNodesWereMade() {
    CallCounters first = new CallCounters(4, null);
    callIn(first, A, B);
    callIn(first, A, C);
    CallCounters second = new CallCounters(4, null);
    callIn(second, A, C);
    callIn(second, B, C);
    PathTotals merged = new PathTotals();
    first.addPathsTo(merged, 0);
    PathTotals retired = new PathTotals();
    second.addPathsTo(retired, 0);
    merged.addAll(retired);

    Map<String, long[]> tree = nodes(merged);
    assertEquals("[1, 1;2, 1;3, 2, 2;3]", tree.keySet().toString());
    assertEquals(3, tree.get("1")[CallSnapshot.PATH_CALLS]);
    assertEquals(2, tree.get("1;3")[CallSnapshot.PATH_CALLS]);
    assertEquals(1, tree.get("2;3")[CallSnapshot.PATH_CALLS]);
  }

  private static void callIn(CallCounters counters, int outer, int inner) {
    int o = counters.push(outer);
    counters.exit(counters.push(inner));
    counters.exit(o);
  }

  private static void sleepIn(CallCounters counters, int method, long millis) throws Exception {
    int frame = counters.push(method);
    Thread.sleep(millis);
    counters.exit(frame);
  }

  /** The sum of the own times of a method's nodes is its own time over its caller-callee pairs. */
  private static void assertOwnTimesMatchTheEdges(CallCounters counters, int methods, long now) {
    long[] fromEdges = new long[methods];
    EdgeTotals edges = new EdgeTotals();
    counters.addTo(edges, now);
    long[] counts = edges.counts();
    int[] callees = edges.callees();
    for (int e = 0; e < callees.length; e++) {
      fromEdges[callees[e]] += counts[EdgeTotals.COUNTS * e + CallSnapshot.OWN_NANOS];
    }
    long edgeTotal = 0;
    for (long own : fromEdges) {
      edgeTotal += own;
    }
    long[] fromTree = new long[methods];
    long treeTotal = 0;
    for (Map.Entry<String, long[]> node : tree(counters, now).entrySet()) {
      String[] path = node.getKey().split(";");
      int method = Integer.parseInt(path[path.length - 1]);
      long own = node.getValue()[CallSnapshot.PATH_OWN_NANOS];
      treeTotal += own;
      if (method >= 0) {
        fromTree[method] += own;
      }
    }
    assertEquals(edgeTotal, treeTotal, "own time in all");
    if (!tree(counters, now).containsKey("-1")) {
      assertEquals(Arrays.toString(fromEdges), Arrays.toString(fromTree), "per method");
    }
  }

  private static Map<String, long[]> tree(CallCounters counters) {
    return tree(counters, 0);
  }

  private static Map<String, long[]> tree(CallCounters counters, long now) {
    PathTotals paths = new PathTotals();
    counters.addPathsTo(paths, now);
    return nodes(paths);
  }

  /** Each node's counts by its path, methods joined by {@code ;}, in the order they were made. */
  private static Map<String, long[]> nodes(PathTotals paths) {
    int[] parents = paths.parents();
    int[] methods = paths.methods();
    long[] counts = paths.counts();
    Map<Integer, String> pathOf = new HashMap<>();
    Map<String, long[]> nodes = new LinkedHashMap<>();
    for (int node = 0; node < parents.length; node++) {
      String path =
          parents[node] < 0
              ? String.valueOf(methods[node])
              : pathOf.get(parents[node]) + ";" + methods[node];
      pathOf.put(node, path);
      long[] own = new long[CallSnapshot.PATH_LONGS];
      System.arraycopy(counts, CallSnapshot.PATH_LONGS * node, own, 0, own.length);
      nodes.put(path, own);
    }
    return nodes;
  }
}
