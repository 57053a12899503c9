package org.jkernprof.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What changed between the line-by-line results of a program's base runs and of its newer runs (one
 * or more a side): per method and per line, the hits (exact, so every difference is real), and each
 * run's figures, from which times and their spread are told. Figures are per run: with three base
 * runs and one newer run, a line's base hits are a third of their sum. Methods come largest change
 * first: those whose hits changed, by how many hits changed in all, then the others by how much
 * their time changed. Immutable.
 */
public final class LineResultsDiff {
  private final List<LineResults> baseRuns;
  private final List<LineResults> changedRuns;
  private final List<MethodChange> methods;

  private LineResultsDiff(
      List<LineResults> baseRuns, List<LineResults> changedRuns, List<MethodChange> methods) {
    this.baseRuns = baseRuns;
    this.changedRuns = changedRuns;
    this.methods = Collections.unmodifiableList(methods);
  }

  /** Compares one base run with one newer run. */
  public static LineResultsDiff of(LineResults base, LineResults changed) {
    return of(Collections.singletonList(base), Collections.singletonList(changed));
  }

  /**
   * Compares {@code baseRuns} with {@code changedRuns}, method by method, by class, name and
   * descriptor.
   *
   * @throws IllegalArgumentException if a side has no run
   */
  public static LineResultsDiff of(List<LineResults> baseRuns, List<LineResults> changedRuns) {
    if (baseRuns.isEmpty() || changedRuns.isEmpty()) {
      throw new IllegalArgumentException("each side of a comparison needs a run");
    }
    List<MethodChange> sorted =
        RunsBySide.pair(
            baseRuns,
            changedRuns,
            LineResults::methods,
            MethodProfile::key,
            MethodProfile::plus,
            MethodChange::new);
    sorted.sort(MethodChange.LARGEST_FIRST);
    return new LineResultsDiff(
        Collections.unmodifiableList(new ArrayList<>(baseRuns)),
        Collections.unmodifiableList(new ArrayList<>(changedRuns)),
        sorted);
  }

  /** The base runs, in the order given. */
  public List<LineResults> baseRuns() {
    return baseRuns;
  }

  /** The newer runs, in the order given. */
  public List<LineResults> changedRuns() {
    return changedRuns;
  }

  /** Every method of either side, largest change first. */
  public List<MethodChange> methods() {
    return methods;
  }

  /** How a method's profile differs between the two sides. */
  public static final class MethodChange {
    /** Methods whose hits changed first, by how many hits changed; then by time changed. */
    public static final Comparator<MethodChange> LARGEST_FIRST =
        Comparator.comparing((MethodChange m) -> !m.hitsChanged())
            .thenComparing(Comparator.comparingDouble(MethodChange::hitsChange).reversed())
            .thenComparing(
                Comparator.comparingDouble((MethodChange m) -> Math.abs(m.nanosChange()))
                    .reversed())
            .thenComparing(MethodChange::key);

    private final List<Optional<MethodProfile>> before;
    private final List<Optional<MethodProfile>> after;
    private final List<LineChange> lines;

    /** Worked out once: sorting asks for them at every comparison. */
    private final double hitsChange;

    private final double nanosChange;

    /** Lines of the base side that have no line on the newer side sort after every other. */
    private static final long REMOVED = 1L << 32;

    MethodChange(List<Optional<MethodProfile>> before, List<Optional<MethodProfile>> after) {
      this(before, after, null);
    }

    /**
     * @param baseToNew where each base line went in the newer source; null to pair lines by number
     */
    private MethodChange(
        List<Optional<MethodProfile>> before,
        List<Optional<MethodProfile>> after,
        Map<Integer, Integer> baseToNew) {
      this.before = Collections.unmodifiableList(before);
      this.after = Collections.unmodifiableList(after);
      Map<Long, LineChange.Builder> byKey = new TreeMap<>();
      for (int run = 0; run < before.size(); run++) {
        for (LineStats line : linesOf(before.get(run))) {
          int b = line.line();
          Integer mapped = baseToNew == null ? Integer.valueOf(b) : baseToNew.get(b);
          long key = mapped == null ? REMOVED + b : mapped;
          builder(byKey, key, mapped == null ? 0 : mapped).base(b).put(true, run, line);
        }
      }
      for (int run = 0; run < after.size(); run++) {
        for (LineStats line : linesOf(after.get(run))) {
          LineChange.Builder builder = builder(byKey, line.line(), line.line());
          if (baseToNew == null) {
            builder.base(line.line());
          }
          builder.put(false, run, line);
        }
      }
      List<LineChange> changes = new ArrayList<>();
      byKey.values().forEach(b -> changes.add(b.build()));
      this.lines = Collections.unmodifiableList(changes);
      double hits = 0;
      for (LineChange line : changes) {
        hits += Math.abs(line.hitsAfter() - line.hitsBefore());
      }
      this.hitsChange = hits;
      this.nanosChange =
          RunsBySide.mean(after, MethodProfile::totalNanosLessProbes)
              - RunsBySide.mean(before, MethodProfile::totalNanosLessProbes);
    }

    private LineChange.Builder builder(Map<Long, LineChange.Builder> byKey, long key, int line) {
      return byKey.computeIfAbsent(
          key, k -> new LineChange.Builder(line, before.size(), after.size()));
    }

    private static List<LineStats> linesOf(Optional<MethodProfile> run) {
      return run.isPresent() ? run.get().lines() : Collections.<LineStats>emptyList();
    }

    /**
     * This method's lines paired by where each base line went in the newer source ({@code
     * baseToNew}, base line number to newer line number) rather than by number: for sources that
     * changed between the runs. A base line that went nowhere stays on its own, with no newer line.
     */
    public MethodChange realigned(Map<Integer, Integer> baseToNew) {
      return new MethodChange(before, after, baseToNew);
    }

    /** The method in each base run; empty in a run that did not have it. */
    public List<Optional<MethodProfile>> beforeRuns() {
      return before;
    }

    /** The method in each newer run; empty in a run that did not have it. */
    public List<Optional<MethodProfile>> afterRuns() {
      return after;
    }

    /** The method as a newer run has it, else as a base run had it. */
    public MethodProfile method() {
      return RunsBySide.first(after).orElseGet(() -> RunsBySide.first(before).get());
    }

    public String key() {
      return method().key();
    }

    /** The method as a base run has it; empty if it is new. */
    public Optional<MethodProfile> baseMethod() {
      return RunsBySide.first(before);
    }

    /** Whether no base run has it. */
    public boolean isNew() {
      return !RunsBySide.first(before).isPresent();
    }

    /** Whether no newer run has it. */
    public boolean vanished() {
      return !RunsBySide.first(after).isPresent();
    }

    /** Every line either side has figures for, in line order. */
    public List<LineChange> lines() {
      return lines;
    }

    /** Whether some line's hits per run differ (a method only one side has counts as changed). */
    public boolean hitsChanged() {
      return isNew() || vanished() || hitsChange() > 0;
    }

    /** The hits per run that differ, summed over its lines: how many line events more or fewer. */
    public double hitsChange() {
      return hitsChange;
    }

    /** The newer side's time per run less the base side's, as measured (for ordering only). */
    double nanosChange() {
      return nanosChange;
    }
  }

  /** One line's figures in each run of the two sides. */
  public static final class LineChange {
    private final int line;
    private final int baseLine;
    private final List<Optional<LineStats>> before;
    private final List<Optional<LineStats>> after;

    private LineChange(
        int line, int baseLine, List<Optional<LineStats>> before, List<Optional<LineStats>> after) {
      this.line = line;
      this.baseLine = baseLine;
      this.before = Collections.unmodifiableList(before);
      this.after = Collections.unmodifiableList(after);
    }

    /** Its number in the newer source; 0 for a base line that went nowhere. */
    public int line() {
      return line;
    }

    /** Its number in the base source; 0 for a line only the newer source has. */
    public int baseLine() {
      return baseLine;
    }

    /** The line in each base run; empty in a run without figures for it. */
    public List<Optional<LineStats>> beforeRuns() {
      return before;
    }

    /** The line in each newer run; empty in a run without figures for it. */
    public List<Optional<LineStats>> afterRuns() {
      return after;
    }

    /** Whether some base run has figures for it. */
    public boolean inBefore() {
      return before.stream().anyMatch(Optional::isPresent);
    }

    /** Whether some newer run has figures for it. */
    public boolean inAfter() {
      return after.stream().anyMatch(Optional::isPresent);
    }

    /** Its hits per base run. */
    public double hitsBefore() {
      return RunsBySide.mean(before, LineStats::hits);
    }

    /** Its hits per newer run. */
    public double hitsAfter() {
      return RunsBySide.mean(after, LineStats::hits);
    }

    /** Its allocated bytes per base run (0 for runs without memory figures). */
    public double bytesBefore() {
      return RunsBySide.mean(before, LineStats::allocatedBytes);
    }

    /** Its allocated bytes per newer run. */
    public double bytesAfter() {
      return RunsBySide.mean(after, LineStats::allocatedBytes);
    }

    public boolean hitsChanged() {
      return hitsBefore() != hitsAfter();
    }

    /** Gathers one line's figures run by run. */
    static final class Builder {
      private final int line;
      private int baseLine;
      private final List<Optional<LineStats>> before;
      private final List<Optional<LineStats>> after;

      Builder(int line, int baseRuns, int changedRuns) {
        this.line = line;
        this.before = new ArrayList<>(Collections.nCopies(baseRuns, Optional.<LineStats>empty()));
        this.after = new ArrayList<>(Collections.nCopies(changedRuns, Optional.<LineStats>empty()));
      }

      Builder base(int number) {
        baseLine = number;
        return this;
      }

      void put(boolean base, int run, LineStats stats) {
        (base ? before : after).set(run, Optional.of(stats));
      }

      LineChange build() {
        return new LineChange(line, baseLine, before, after);
      }
    }
  }
}
