package org.jkernprof.agent.collect;

import static org.jkernprof.agent.rt.CallSnapshot.CALLS;
import static org.jkernprof.agent.rt.CallSnapshot.CALL_LONGS;
import static org.jkernprof.agent.rt.CallSnapshot.CUMULATIVE_NANOS;
import static org.jkernprof.agent.rt.CallSnapshot.NESTING_LONGS;
import static org.jkernprof.agent.rt.CallSnapshot.OWN_NANOS;
import static org.jkernprof.agent.rt.CallSnapshot.PATH_CALLS;
import static org.jkernprof.agent.rt.CallSnapshot.PATH_CHILD_CALLS;
import static org.jkernprof.agent.rt.CallSnapshot.PATH_LONGS;
import static org.jkernprof.agent.rt.CallSnapshot.PATH_OWN_NANOS;
import static org.jkernprof.agent.rt.CallSnapshot.PRIMITIVE_CALLS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jkernprof.agent.callcost.CallCostCalibration;
import org.jkernprof.agent.rt.CallSnapshot;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.CallPath;
import org.jkernprof.results.CallProbeCost;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.ProbeShare;
import org.jkernprof.results.RunInfo;

/**
 * Turns the function-level recorder's snapshot (see {@code CallRecorder.snapshot()}) into {@link
 * FunctionResults}, keeping only the methods of the program that were called, and their calling
 * context tree: the calibration's methods, and paths through them, are left out.
 */
public final class CallResultsCollector {
  private CallResultsCollector() {}

  /** Whether the snapshot holds a call of one of the program's methods. */
  public static boolean recordedAny(Object[] snapshot) {
    String[][] methods = (String[][]) snapshot[CallSnapshot.METHODS];
    long[] counts = (long[]) snapshot[CallSnapshot.METHOD_COUNTS];
    for (int id = 0; id < methods.length && CALL_LONGS * id < counts.length; id++) {
      if (counts[CALL_LONGS * id + CallSnapshot.CALLS] > 0
          && !CallCostCalibration.isCalibration(methods[id][0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param cost the probe cost the run measured, if it did
   */
  public static FunctionResults collect(
      Object[] snapshot, RunInfo run, Optional<CallProbeCost> cost) {
    String[][] methods = (String[][]) snapshot[CallSnapshot.METHODS];
    int[] firstLines = (int[]) snapshot[CallSnapshot.FIRST_LINES];
    long[] counts = (long[]) snapshot[CallSnapshot.METHOD_COUNTS];
    int[] callers = (int[]) snapshot[CallSnapshot.EDGE_CALLERS];
    int[] callees = (int[]) snapshot[CallSnapshot.EDGE_CALLEES];
    long[] edgeCounts = (long[]) snapshot[CallSnapshot.EDGE_COUNTS];
    long[] allocs = (long[]) snapshot[CallSnapshot.METHOD_ALLOCS];
    long[] nesting = (long[]) snapshot[CallSnapshot.METHOD_NESTING];
    long[] edgeNesting = (long[]) snapshot[CallSnapshot.EDGE_NESTING];

    int[] index = new int[methods.length];
    List<FunctionStats> functions = new ArrayList<>();
    for (int id = 0; id < methods.length; id++) {
      index[id] = -1;
      String[] m = methods[id];
      int at = CALL_LONGS * id;
      if (at + CALL_LONGS <= counts.length
          && counts[at + CALLS] > 0
          && !CallCostCalibration.isCalibration(m[0])) {
        index[id] = functions.size();
        FunctionStats stats =
            new FunctionStats(
                    m[0],
                    m[1],
                    m[2],
                    m[3],
                    firstLines[id],
                    counts[at + CALLS],
                    counts[at + PRIMITIVE_CALLS],
                    counts[at + OWN_NANOS],
                    counts[at + CUMULATIVE_NANOS])
                .withNesting(
                    ProbeShare.counted(
                        nesting[NESTING_LONGS * id], nesting[NESTING_LONGS * id + 1]));
        if (allocs != null && 2 * id + 1 < allocs.length) {
          stats = stats.withMemory(allocs[2 * id], allocs[2 * id + 1]);
        }
        functions.add(stats);
      }
    }
    List<CallEdge> edges = new ArrayList<>();
    for (int e = 0; e < callers.length; e++) {
      int callee = callees[e] < index.length ? index[callees[e]] : -1;
      int caller =
          callers[e] < 0 || callers[e] >= index.length ? CallEdge.UNPROFILED : index[callers[e]];
      boolean fromCalibration =
          callers[e] >= 0
              && callers[e] < methods.length
              && CallCostCalibration.isCalibration(methods[callers[e]][0]);
      int at = CALL_LONGS * e;
      if (callee >= 0 && edgeCounts[at + CALLS] > 0 && !fromCalibration) {
        edges.add(
            new CallEdge(
                    caller,
                    callee,
                    edgeCounts[at + CALLS],
                    edgeCounts[at + PRIMITIVE_CALLS],
                    edgeCounts[at + OWN_NANOS],
                    edgeCounts[at + CUMULATIVE_NANOS])
                .withNesting(
                    ProbeShare.counted(
                        edgeNesting[NESTING_LONGS * e], edgeNesting[NESTING_LONGS * e + 1])));
      }
    }
    boolean memory = allocs != null;
    FunctionResults results =
        cost.isPresent()
            ? FunctionResults.measured(run, functions, edges, memory, cost.get())
            : new FunctionResults(run, functions, edges, memory);
    return results.withPaths(paths(snapshot, index));
  }

  /**
   * The calling-context tree's paths that took a call or time, methods renumbered by {@code index}
   * (method id to function, -1 for those left out); a path through a method left out (the
   * calibration's) is left out.
   */
  private static List<CallPath> paths(Object[] snapshot, int[] index) {
    int[] parents = (int[]) snapshot[CallSnapshot.PATH_PARENTS];
    int[] methods = (int[]) snapshot[CallSnapshot.PATH_METHODS];
    long[] counts = (long[]) snapshot[CallSnapshot.PATH_COUNTS];
    int[][] pathOf = new int[parents.length][];
    List<CallPath> paths = new ArrayList<>();
    for (int node = 0; node < parents.length; node++) {
      int at = PATH_LONGS * node;
      long calls = counts[at + PATH_CALLS];
      long own = counts[at + PATH_OWN_NANOS];
      long childCalls = counts[at + PATH_CHILD_CALLS];
      if (methods[node] == CallSnapshot.OTHER_PATHS) {
        if (calls > 0 || own > 0) {
          paths.add(CallPath.other(calls, own, childCalls));
        }
        continue;
      }
      int[] parentPath = parents[node] < 0 ? new int[0] : pathOf[parents[node]];
      int method = methods[node] < index.length ? index[methods[node]] : -1;
      if (parentPath == null || method < 0) {
        continue;
      }
      int[] path = Arrays.copyOf(parentPath, parentPath.length + 1);
      path[parentPath.length] = method;
      pathOf[node] = path;
      if (calls > 0 || own > 0) {
        paths.add(new CallPath(path, calls, own, childCalls));
      }
    }
    return paths;
  }
}
