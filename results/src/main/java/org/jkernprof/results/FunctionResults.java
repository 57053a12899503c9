package org.jkernprof.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one function-level run recorded (or several, merged): the run's facts, per-method
 * statistics and the call graph between them, and the probe cost each run measured. Times are in
 * nanoseconds, as measured; {@link #lessProbeCost()} gives them without the probes' share. Results
 * of the sampled timer ({@link #isSampled()}) count calls exactly and take their times from stack
 * samples, whose distinct stacks they keep ({@link #stacks()}); results of the clock timer may keep
 * the calling-context tree, one {@link CallPath} per node ({@link #paths()}). Immutable.
 */
public final class FunctionResults {
  private final RunInfo run;
  private final List<FunctionStats> functions;
  private final List<CallEdge> edges;
  private final boolean memory;
  private final ProbeCosts probeCosts;
  private final List<Sampling> samplings;
  private final List<SampledStack> stacks;
  private final List<CallPath> paths;

  /** Results without memory figures, of a run that measured no probe cost. */
  public FunctionResults(RunInfo run, List<FunctionStats> functions, List<CallEdge> edges) {
    this(run, functions, edges, false);
  }

  /**
   * Results of a run that measured no probe cost: whatever share of it the statistics were charged
   * is dropped, and their times stay as measured.
   *
   * @param memory whether the functions carry memory figures (bytes allocated)
   */
  public FunctionResults(
      RunInfo run, List<FunctionStats> functions, List<CallEdge> edges, boolean memory) {
    this(run, uncharged(functions), unchargedEdges(edges), memory, ProbeCosts.unmeasured());
  }

  private static List<FunctionStats> uncharged(List<FunctionStats> functions) {
    List<FunctionStats> uncharged = new ArrayList<>(functions.size());
    for (FunctionStats f : functions) {
      uncharged.add(f.withNesting(f.probes()));
    }
    return uncharged;
  }

  private static List<CallEdge> unchargedEdges(List<CallEdge> edges) {
    List<CallEdge> uncharged = new ArrayList<>(edges.size());
    for (CallEdge e : edges) {
      uncharged.add(e.withNesting(e.probes()));
    }
    return uncharged;
  }

  /**
   * Results of a run that measured what each call's probes cost: every method and edge is charged
   * its share of that cost, from the calls it made (see {@link ProbeShare}).
   */
  public static FunctionResults measured(
      RunInfo run,
      List<FunctionStats> functions,
      List<CallEdge> edges,
      boolean memory,
      CallProbeCost cost) {
    List<FunctionStats> charged = new ArrayList<>(functions.size());
    for (FunctionStats f : functions) {
      charged.add(f.chargedWith(cost));
    }
    List<CallEdge> chargedEdges = new ArrayList<>(edges.size());
    for (CallEdge e : edges) {
      chargedEdges.add(e.chargedWith(cost));
    }
    return new FunctionResults(run, charged, chargedEdges, memory, ProbeCosts.of(cost));
  }

  private FunctionResults(
      RunInfo run,
      List<FunctionStats> functions,
      List<CallEdge> edges,
      boolean memory,
      ProbeCosts probeCosts) {
    this(
        run,
        functions,
        edges,
        memory,
        probeCosts,
        Collections.<Sampling>emptyList(),
        Collections.<SampledStack>emptyList(),
        Collections.<CallPath>emptyList());
  }

  private FunctionResults(
      RunInfo run,
      List<FunctionStats> functions,
      List<CallEdge> edges,
      boolean memory,
      ProbeCosts probeCosts,
      List<Sampling> samplings,
      List<SampledStack> stacks,
      List<CallPath> paths) {
    if (!samplings.isEmpty() && !probeCosts.measured().isEmpty()) {
      throw new IllegalArgumentException("sampled results carry no probe cost of the clock timer");
    }
    if (samplings.isEmpty() && !stacks.isEmpty()) {
      throw new IllegalArgumentException("stacks without the sampling that caught them");
    }
    this.samplings = Collections.unmodifiableList(new ArrayList<>(samplings));
    if (!samplings.isEmpty() && !paths.isEmpty()) {
      throw new IllegalArgumentException("sampled results keep stacks, not the clock's call paths");
    }
    this.stacks = Collections.unmodifiableList(new ArrayList<>(stacks));
    this.paths = Collections.unmodifiableList(new ArrayList<>(paths));
    for (CallPath path : paths) {
      for (int i = 0; i < path.depth(); i++) {
        if (path.method(i) >= functions.size()) {
          throw new IllegalArgumentException("call path " + path + " names no method");
        }
      }
    }
    for (SampledStack stack : stacks) {
      for (int i = 0; i < stack.depth(); i++) {
        if (stack.method(i) >= functions.size()) {
          throw new IllegalArgumentException("sampled stack " + stack + " names no method");
        }
      }
    }
    this.memory = memory;
    this.probeCosts = Objects.requireNonNull(probeCosts, "probeCosts");
    this.run = Objects.requireNonNull(run, "run");
    this.functions = Collections.unmodifiableList(new ArrayList<>(functions));
    this.edges = Collections.unmodifiableList(new ArrayList<>(edges));
    for (CallEdge e : edges) {
      if (e.caller() >= functions.size() || e.callee() >= functions.size()) {
        throw new IllegalArgumentException("call edge " + e + " names no method");
      }
    }
  }

  /**
   * These results as the sampled timer made them: calls counted exactly, times counted from stack
   * samples, one {@link Sampling} per JVM whose results these are, and the distinct stacks of
   * profiled frames the samples caught.
   */
  public FunctionResults withSamples(List<Sampling> runs, List<SampledStack> sampledStacks) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("sampled results need the sampling of at least one run");
    }
    return new FunctionResults(
        run, functions, edges, memory, probeCosts, runs, sampledStacks, paths);
  }

  /**
   * These results of the clock timer with its calling-context tree, {@code treePaths} as counted:
   * charged with the probe cost the run measured, if it did, as the methods are.
   *
   * @throws IllegalStateException for results merged from runs that measured several costs, whose
   *     paths are merged with them
   */
  public FunctionResults withPaths(List<CallPath> treePaths) {
    List<CallProbeCost> costs = probeCosts.measured();
    if (costs.size() > 1) {
      throw new IllegalStateException("the paths of merged results are merged with them");
    }
    List<CallPath> charged = new ArrayList<>(treePaths.size());
    for (CallPath path : treePaths) {
      charged.add(costs.isEmpty() ? path.uncharged() : path.chargedWith(costs.get(0)));
    }
    return new FunctionResults(
        run, functions, edges, memory, probeCosts, samplings, stacks, charged);
  }

  /** Whether the times were counted from stack samples rather than read from the clock. */
  public boolean isSampled() {
    return !samplings.isEmpty();
  }

  /** How each run was sampled, one per JVM; empty for results of the clock timer. */
  public List<Sampling> samplings() {
    return samplings;
  }

  /**
   * The distinct stacks of profiled frames the samples caught, with their samples; empty for
   * results of the clock timer. Their samples sum to those that caught a profiled frame.
   */
  public List<SampledStack> stacks() {
    return stacks;
  }

  /**
   * The clock timer's calling-context tree: per distinct path of profiled methods, its calls and
   * own time, the paths of every thread and run summed; empty for the sampled timer's results and
   * for files written before the tree was kept. The own times of a method's paths sum to its own
   * time.
   */
  public List<CallPath> paths() {
    return paths;
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

  /** The probe cost each run measured, which {@link #lessProbeCost()} takes out. */
  public ProbeCosts probeCosts() {
    return probeCosts;
  }

  /**
   * These results with each method's and edge's share of the probes' cost taken out of its own and
   * cumulative time; times of runs that measured no cost stay as they are.
   */
  public FunctionResults lessProbeCost() {
    List<FunctionStats> less = new ArrayList<>(functions.size());
    for (FunctionStats f : functions) {
      less.add(f.lessProbeCost());
    }
    List<CallEdge> lessEdges = new ArrayList<>(edges.size());
    for (CallEdge e : edges) {
      lessEdges.add(e.lessProbeCost());
    }
    List<CallPath> lessPaths = new ArrayList<>(paths.size());
    for (CallPath p : paths) {
      lessPaths.add(p.lessProbeCost());
    }
    return new FunctionResults(
        run, less, lessEdges, memory, probeCosts, samplings, stacks, lessPaths);
  }

  /**
   * Sums several results, as when one program ran in several JVMs: methods by key, call edges by
   * their caller and callee. The run facts are those of the first; the duration is the sum. Each
   * run's share of probe cost was figured from its own measurement, so the sums stay exact. Results
   * of the sampled timer keep each run's sampling and sum their stacks; those of the clock sum
   * their call paths by path.
   *
   * @throws IllegalArgumentException if some results were timed by the clock and others by samples:
   *     their times do not add up
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
    ProbeCosts costs = null;
    List<Sampling> samplings = new ArrayList<>();
    Map<String, SampledStack> stacks = new LinkedHashMap<>();
    Map<String, CallPath> paths = new LinkedHashMap<>();
    for (FunctionResults r : all) {
      if (r.isSampled() != all.get(0).isSampled()) {
        throw Sampling.mixedTimers();
      }
      samplings.addAll(r.samplings);
      duration += r.run.durationNanos();
      costs = costs == null ? r.probeCosts : costs.plus(r.probeCosts);
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
        CallEdge mapped = e.between(caller, remap[e.callee()]);
        edges.merge(caller + ">" + mapped.callee(), mapped, CallEdge::plus);
      }
      for (SampledStack stack : r.stacks) {
        SampledStack mapped = stack.renumbered(remap);
        stacks.merge(mapped.frameKey(), mapped, SampledStack::plus);
      }
      for (CallPath path : r.paths) {
        CallPath mapped = path.renumbered(remap);
        paths.merge(mapped.key(), mapped, CallPath::plus);
      }
    }
    RunInfo first = all.get(0).run;
    RunInfo run =
        new RunInfo(first.command(), first.jvmVersion(), first.startEpochMillis(), duration);
    return new FunctionResults(
        run,
        functions,
        new ArrayList<>(edges.values()),
        memory,
        costs,
        samplings,
        new ArrayList<>(stacks.values()),
        new ArrayList<>(paths.values()));
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
        && memory == that.memory
        && probeCosts.equals(that.probeCosts)
        && samplings.equals(that.samplings)
        && stacks.equals(that.stacks)
        && paths.equals(that.paths);
  }

  @Override
  public int hashCode() {
    return Objects.hash(run, functions, edges, memory, probeCosts, samplings, stacks, paths);
  }
}
