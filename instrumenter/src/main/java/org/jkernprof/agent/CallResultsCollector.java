package org.jkernprof.agent;

import java.util.ArrayList;
import java.util.List;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.RunInfo;

/**
 * Turns the function-level recorder's snapshot (see {@code CallRecorder.snapshot()}) into {@link
 * FunctionResults}, keeping only the methods that were called.
 */
final class CallResultsCollector {
  private CallResultsCollector() {}

  static FunctionResults collect(Object[] snapshot, RunInfo run) {
    String[][] methods = (String[][]) snapshot[0];
    int[] firstLines = (int[]) snapshot[1];
    long[] counts = (long[]) snapshot[2];
    int[] callers = (int[]) snapshot[3];
    int[] callees = (int[]) snapshot[4];
    long[] edgeCounts = (long[]) snapshot[5];
    long[] allocs = snapshot.length > 6 ? (long[]) snapshot[6] : null;

    int[] index = new int[methods.length];
    List<FunctionStats> functions = new ArrayList<>();
    for (int id = 0; id < methods.length; id++) {
      index[id] = -1;
      if (4 * id + 3 < counts.length && counts[4 * id] > 0) {
        String[] m = methods[id];
        index[id] = functions.size();
        FunctionStats stats =
            new FunctionStats(
                m[0],
                m[1],
                m[2],
                m[3],
                firstLines[id],
                counts[4 * id],
                counts[4 * id + 1],
                counts[4 * id + 2],
                counts[4 * id + 3]);
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
      if (callee >= 0 && edgeCounts[4 * e] > 0) {
        edges.add(
            new CallEdge(
                caller,
                callee,
                edgeCounts[4 * e],
                edgeCounts[4 * e + 1],
                edgeCounts[4 * e + 2],
                edgeCounts[4 * e + 3]));
      }
    }
    return new FunctionResults(run, functions, edges, allocs != null);
  }
}
