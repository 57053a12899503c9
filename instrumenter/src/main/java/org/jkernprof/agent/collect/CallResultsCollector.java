package org.jkernprof.agent.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jkernprof.agent.callcost.CallCostCalibration;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.CallProbeCost;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.ProbeShare;
import org.jkernprof.results.RunInfo;

/**
 * Turns the function-level recorder's snapshot (see {@code CallRecorder.snapshot()}) into {@link
 * FunctionResults}, keeping only the methods of the program that were called: the calibration's
 * methods are left out.
 */
public final class CallResultsCollector {
  private CallResultsCollector() {}

  /** Whether the snapshot holds a call of one of the program's methods. */
  public static boolean recordedAny(Object[] snapshot) {
    String[][] methods = (String[][]) snapshot[0];
    long[] counts = (long[]) snapshot[2];
    for (int id = 0; id < methods.length && 4 * id < counts.length; id++) {
      if (counts[4 * id] > 0 && !CallCostCalibration.isCalibration(methods[id][0])) {
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
    String[][] methods = (String[][]) snapshot[0];
    int[] firstLines = (int[]) snapshot[1];
    long[] counts = (long[]) snapshot[2];
    int[] callers = (int[]) snapshot[3];
    int[] callees = (int[]) snapshot[4];
    long[] edgeCounts = (long[]) snapshot[5];
    long[] allocs = snapshot.length > 6 ? (long[]) snapshot[6] : null;
    long[] nesting = snapshot.length > 7 ? (long[]) snapshot[7] : new long[2 * methods.length];
    long[] edgeNesting = snapshot.length > 8 ? (long[]) snapshot[8] : new long[2 * callers.length];

    int[] index = new int[methods.length];
    List<FunctionStats> functions = new ArrayList<>();
    for (int id = 0; id < methods.length; id++) {
      index[id] = -1;
      String[] m = methods[id];
      if (4 * id + 3 < counts.length
          && counts[4 * id] > 0
          && !CallCostCalibration.isCalibration(m[0])) {
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
                    counts[4 * id + 3])
                .withNesting(ProbeShare.counted(nesting[2 * id], nesting[2 * id + 1]));
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
      if (callee >= 0 && edgeCounts[4 * e] > 0 && !fromCalibration) {
        edges.add(
            new CallEdge(
                    caller,
                    callee,
                    edgeCounts[4 * e],
                    edgeCounts[4 * e + 1],
                    edgeCounts[4 * e + 2],
                    edgeCounts[4 * e + 3])
                .withNesting(ProbeShare.counted(edgeNesting[2 * e], edgeNesting[2 * e + 1])));
      }
    }
    boolean memory = allocs != null;
    return cost.isPresent()
        ? FunctionResults.measured(run, functions, edges, memory, cost.get())
        : new FunctionResults(run, functions, edges, memory);
  }
}
