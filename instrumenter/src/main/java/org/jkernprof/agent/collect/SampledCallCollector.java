package org.jkernprof.agent.collect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jkernprof.agent.callcost.CallCostCalibration;
import org.jkernprof.agent.rt.CallSnapshot;
import org.jkernprof.agent.sampling.SampledCalls;
import org.jkernprof.agent.sampling.StackSample;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.RunInfo;
import org.jkernprof.results.SampledStack;
import org.jkernprof.results.Sampling;

/**
 * Turns what function mode with the sampled timer recorded into {@link FunctionResults}: the calls
 * the counting probes counted (see {@code CallTallies}), and own and cumulative times,
 * caller-callee edges and stacks from the wall-clock samples (see {@link SampledCalls}), samples
 * times the interval. The methods are those called at least once; a sample's frames of other
 * methods count as code that is not profiled. The probes do not tell recursive calls apart, so
 * primitive calls are all calls; an edge's calls are the samples that caught it, since the probes
 * do not see who called.
 */
public final class SampledCallCollector {
  private SampledCallCollector() {}

  /**
   * @param snapshot the recorder's snapshot, as {@code CallRecorder.snapshot()} describes it
   * @param samples every sample of the run so far, taken every {@code intervalNanos}
   */
  public static FunctionResults collect(
      Object[] snapshot, RunInfo run, List<StackSample> samples, long intervalNanos) {
    String[][] methods = (String[][]) snapshot[CallSnapshot.METHODS];
    int[] firstLines = (int[]) snapshot[CallSnapshot.FIRST_LINES];
    long[] calls = (long[]) snapshot[CallSnapshot.TALLIED_CALLS];
    final Map<String, Integer> indexByKey = new HashMap<>();
    List<String[]> called = new ArrayList<>();
    List<Integer> calledIds = new ArrayList<>();
    for (int id = 0; id < methods.length && id < calls.length; id++) {
      String[] m = methods[id];
      if (calls[id] > 0 && !CallCostCalibration.isCalibration(m[0])) {
        indexByKey.put(m[0] + '.' + m[1] + m[2], called.size());
        called.add(m);
        calledIds.add(id);
      }
    }
    SampledCalls sampled =
        SampledCalls.count(
            samples,
            new SampledCalls.MethodIndex() {
              @Override
              public int indexOf(String className, String methodName, String descriptor) {
                Integer at = indexByKey.get(className + '.' + methodName + descriptor);
                return at == null ? -1 : at;
              }
            },
            called.size());
    List<FunctionStats> functions = new ArrayList<>(called.size());
    for (int i = 0; i < called.size(); i++) {
      String[] m = called.get(i);
      int id = calledIds.get(i);
      functions.add(
          new FunctionStats(
              m[0],
              m[1],
              m[2],
              m[3],
              firstLines[id],
              calls[id],
              calls[id],
              sampled.ownWeight(i) * intervalNanos,
              sampled.cumulativeWeight(i) * intervalNanos));
    }
    List<CallEdge> edges = new ArrayList<>(sampled.edgeCount());
    for (int e = 0; e < sampled.edgeCount(); e++) {
      long weight = sampled.edgeWeight(e);
      edges.add(
          new CallEdge(
              sampled.edgeCaller(e) == SampledCalls.UNPROFILED
                  ? CallEdge.UNPROFILED
                  : sampled.edgeCaller(e),
              sampled.edgeCallee(e),
              weight,
              weight,
              sampled.edgeOwnWeight(e) * intervalNanos,
              weight * intervalNanos));
    }
    List<SampledStack> stacks = new ArrayList<>(sampled.stackCount());
    for (int s = 0; s < sampled.stackCount(); s++) {
      long weight = sampled.stackWeight(s);
      stacks.add(
          new SampledStack(
              sampled.stackMethods(s), sampled.stackLines(s), weight, weight * intervalNanos));
    }
    return new FunctionResults(run, functions, edges)
        .withSamples(
            Collections.singletonList(new Sampling(intervalNanos, sampled.totalWeight())), stacks);
  }
}
