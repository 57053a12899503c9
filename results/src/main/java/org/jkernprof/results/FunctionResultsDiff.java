package org.jkernprof.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changed between the function-level results of a program's base runs and of its newer runs
 * (one or more a side): per method, the calls (exact, so every difference is real) and each run's
 * statistics, from which times and their spread are told. Figures are per run. Methods come largest
 * change first: those whose calls changed, by how many, then the others by how much their
 * cumulative time changed. Immutable.
 */
public final class FunctionResultsDiff {
  private final List<FunctionResults> baseRuns;
  private final List<FunctionResults> changedRuns;
  private final List<FunctionChange> functions;

  private FunctionResultsDiff(
      List<FunctionResults> baseRuns,
      List<FunctionResults> changedRuns,
      List<FunctionChange> functions) {
    this.baseRuns = baseRuns;
    this.changedRuns = changedRuns;
    this.functions = Collections.unmodifiableList(functions);
  }

  /**
   * Compares {@code baseRuns} with {@code changedRuns}, method by method, by class, name and
   * descriptor.
   *
   * @throws IllegalArgumentException if a side has no run
   */
  public static FunctionResultsDiff of(
      List<FunctionResults> baseRuns, List<FunctionResults> changedRuns) {
    if (baseRuns.isEmpty() || changedRuns.isEmpty()) {
      throw new IllegalArgumentException("each side of a comparison needs a run");
    }
    List<Map<String, FunctionStats>> before = byKey(baseRuns);
    List<Map<String, FunctionStats>> after = byKey(changedRuns);
    Map<String, FunctionChange> all = new LinkedHashMap<>();
    for (List<Map<String, FunctionStats>> side : List.of(before, after)) {
      for (Map<String, FunctionStats> run : side) {
        for (String key : run.keySet()) {
          all.computeIfAbsent(key, k -> new FunctionChange(runsOf(before, k), runsOf(after, k)));
        }
      }
    }
    List<FunctionChange> sorted = new ArrayList<>(all.values());
    sorted.sort(FunctionChange.LARGEST_FIRST);
    return new FunctionResultsDiff(
        Collections.unmodifiableList(new ArrayList<>(baseRuns)),
        Collections.unmodifiableList(new ArrayList<>(changedRuns)),
        sorted);
  }

  private static List<Map<String, FunctionStats>> byKey(List<FunctionResults> runs) {
    List<Map<String, FunctionStats>> maps = new ArrayList<>();
    for (FunctionResults run : runs) {
      Map<String, FunctionStats> functions = new LinkedHashMap<>();
      for (FunctionStats f : run.functions()) {
        functions.merge(f.key(), f, FunctionStats::plus);
      }
      maps.add(functions);
    }
    return maps;
  }

  private static List<Optional<FunctionStats>> runsOf(
      List<Map<String, FunctionStats>> side, String key) {
    List<Optional<FunctionStats>> runs = new ArrayList<>();
    for (Map<String, FunctionStats> run : side) {
      runs.add(Optional.ofNullable(run.get(key)));
    }
    return runs;
  }

  /** The base runs, in the order given. */
  public List<FunctionResults> baseRuns() {
    return baseRuns;
  }

  /** The newer runs, in the order given. */
  public List<FunctionResults> changedRuns() {
    return changedRuns;
  }

  /** Every method of either side, largest change first. */
  public List<FunctionChange> functions() {
    return functions;
  }

  /** How one method's statistics differ between the two sides. */
  public static final class FunctionChange {
    static final Comparator<FunctionChange> LARGEST_FIRST =
        Comparator.comparing((FunctionChange f) -> !f.callsChanged())
            .thenComparing(
                Comparator.comparingDouble((FunctionChange f) -> Math.abs(f.callsChange()))
                    .reversed())
            .thenComparing(
                Comparator.comparingDouble((FunctionChange f) -> Math.abs(f.cumulativeChange()))
                    .reversed())
            .thenComparing(FunctionChange::key);

    private final List<Optional<FunctionStats>> before;
    private final List<Optional<FunctionStats>> after;

    FunctionChange(List<Optional<FunctionStats>> before, List<Optional<FunctionStats>> after) {
      this.before = Collections.unmodifiableList(before);
      this.after = Collections.unmodifiableList(after);
    }

    /** The method in each base run; empty in a run that did not have it. */
    public List<Optional<FunctionStats>> beforeRuns() {
      return before;
    }

    /** The method in each newer run; empty in a run that did not have it. */
    public List<Optional<FunctionStats>> afterRuns() {
      return after;
    }

    /** The method as a newer run has it, else as a base run had it. */
    public FunctionStats function() {
      return first(after).orElseGet(() -> first(before).get());
    }

    private static Optional<FunctionStats> first(List<Optional<FunctionStats>> runs) {
      return runs.stream().filter(Optional::isPresent).map(Optional::get).findFirst();
    }

    public String key() {
      return function().key();
    }

    public boolean isNew() {
      return !first(before).isPresent();
    }

    public boolean vanished() {
      return !first(after).isPresent();
    }

    /** Its calls per base run. */
    public double callsBefore() {
      return meanCalls(before);
    }

    /** Its calls per newer run. */
    public double callsAfter() {
      return meanCalls(after);
    }

    /** The calls per run more or fewer. */
    public double callsChange() {
      return callsAfter() - callsBefore();
    }

    /** Whether its calls per run differ (a method only one side has counts as changed). */
    public boolean callsChanged() {
      return isNew() || vanished() || callsChange() != 0;
    }

    private double cumulativeChange() {
      return meanCumulative(after) - meanCumulative(before);
    }

    private static double meanCalls(List<Optional<FunctionStats>> runs) {
      long sum = 0;
      for (Optional<FunctionStats> run : runs) {
        sum += run.map(FunctionStats::calls).orElse(0L);
      }
      return (double) sum / runs.size();
    }

    private static double meanCumulative(List<Optional<FunctionStats>> runs) {
      long sum = 0;
      for (Optional<FunctionStats> run : runs) {
        sum += run.map(FunctionStats::cumulativeNanos).orElse(0L);
      }
      return (double) sum / runs.size();
    }
  }
}
