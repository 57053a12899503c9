package org.jkernprof.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one function-level run recorded: the run's facts, per-method statistics and the call
 * graph between them. Times are in nanoseconds. Immutable.
 */
public final class FunctionResults {
  private final RunInfo run;
  private final List<FunctionStats> functions;
  private final List<CallEdge> edges;
  private final boolean memory;

  /** Results without memory figures. */
  public FunctionResults(RunInfo run, List<FunctionStats> functions, List<CallEdge> edges) {
    this(run, functions, edges, false);
  }

  /**
   * @param memory whether the functions carry memory figures (bytes allocated)
   */
  public FunctionResults(
      RunInfo run, List<FunctionStats> functions, List<CallEdge> edges, boolean memory) {
    this.memory = memory;
    this.run = Objects.requireNonNull(run, "run");
    this.functions = Collections.unmodifiableList(new ArrayList<>(functions));
    this.edges = Collections.unmodifiableList(new ArrayList<>(edges));
    for (CallEdge e : edges) {
      if (e.caller() >= functions.size() || e.callee() >= functions.size()) {
        throw new IllegalArgumentException("call edge " + e + " names no method");
      }
    }
  }

  public RunInfo run() {
    return run;
  }

  public List<FunctionStats> functions() {
    return functions;
  }

  public List<CallEdge> edges() {
    return edges;
  }

  /** Whether memory was counted: the functions' bytes mean something. */
  public boolean hasMemory() {
    return memory;
  }

  /**
   * Sums several results, as when one program ran in several JVMs: methods by key, call edges by
   * their caller and callee. The run facts are those of the first; the duration is the sum.
   */
  public static FunctionResults merge(List<FunctionResults> all) {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge");
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    List<FunctionStats> functions = new ArrayList<>();
    Map<String, CallEdge> edges = new LinkedHashMap<>();
    long duration = 0;
    boolean memory = true;
    for (FunctionResults r : all) {
      duration += r.run.durationNanos();
      memory &= r.memory;
      int[] remap = new int[r.functions.size()];
      for (int i = 0; i < remap.length; i++) {
        FunctionStats f = r.functions.get(i);
        Integer at = index.get(f.key());
        if (at == null) {
          at = functions.size();
          index.put(f.key(), at);
          functions.add(f);
        } else {
          functions.set(at, functions.get(at).plus(f));
        }
        remap[i] = at;
      }
      for (CallEdge e : r.edges) {
        int caller = e.caller() == CallEdge.UNPROFILED ? CallEdge.UNPROFILED : remap[e.caller()];
        CallEdge mapped =
            new CallEdge(
                caller,
                remap[e.callee()],
                e.calls(),
                e.primitiveCalls(),
                e.totalNanos(),
                e.cumulativeNanos());
        edges.merge(caller + ">" + mapped.callee(), mapped, FunctionResults::sum);
      }
    }
    RunInfo first = all.get(0).run;
    RunInfo run =
        new RunInfo(first.command(), first.jvmVersion(), first.startEpochMillis(), duration);
    return new FunctionResults(run, functions, new ArrayList<>(edges.values()), memory);
  }

  private static CallEdge sum(CallEdge a, CallEdge b) {
    return new CallEdge(
        a.caller(),
        a.callee(),
        a.calls() + b.calls(),
        a.primitiveCalls() + b.primitiveCalls(),
        a.totalNanos() + b.totalNanos(),
        a.cumulativeNanos() + b.cumulativeNanos());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FunctionResults)) {
      return false;
    }
    FunctionResults that = (FunctionResults) o;
    return run.equals(that.run)
        && functions.equals(that.functions)
        && edges.equals(that.edges)
        && memory == that.memory;
  }

  @Override
  public int hashCode() {
    return Objects.hash(run, functions, edges, memory);
  }
}
