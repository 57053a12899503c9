package org.jkernprof.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
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
    List<FunctionChange> sorted =
        RunsBySide.pair(
            baseRuns,
            changedRuns,
            FunctionResults::functions,
            FunctionStats::key,
            FunctionStats::plus,
            FunctionChange::new);
    sorted.sort(FunctionChange.LARGEST_FIRST);
    return new FunctionResultsDiff(
        Collections.unmodifiableList(new ArrayList<>(baseRuns)),
        Collections.unmodifiableList(new ArrayList<>(changedRuns)),
        sorted);
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
      return RunsBySide.first(after).orElseGet(() -> RunsBySide.first(before).get());
    }

    public String key() {
      return function().key();
    }

    public boolean isNew() {
      return !RunsBySide.first(before).isPresent();
    }

    public boolean vanished() {
      return !RunsBySide.first(after).isPresent();
    }

    /** Its calls per base run. */
    public double callsBefore() {
      return RunsBySide.mean(before, FunctionStats::calls);
    }

    /** Its calls per newer run. */
    public double callsAfter() {
      return RunsBySide.mean(after, FunctionStats::calls);
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
      return RunsBySide.mean(after, FunctionStats::cumulativeNanos)
          - RunsBySide.mean(before, FunctionStats::cumulativeNanos);
    }
  }
}
