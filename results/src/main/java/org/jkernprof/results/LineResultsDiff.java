package org.jkernprof.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What changed between two line-by-line results of one program, a base and a newer run: per method
 * and per line, the hits (exact, so every difference is real), the time and the allocated bytes of
 * each. Methods come largest change first: those whose hits changed, by how many hits changed in
 * all, then the others by how much their time changed. Immutable.
 */
public final class LineResultsDiff {
  private final LineResults base;
  private final LineResults changed;
  private final List<MethodChange> methods;

  private LineResultsDiff(LineResults base, LineResults changed, List<MethodChange> methods) {
    this.base = base;
    this.changed = changed;
    this.methods = Collections.unmodifiableList(methods);
  }

  /**
   * Compares {@code base} with {@code changed}, method by method, by class, name and descriptor.
   */
  public static LineResultsDiff of(LineResults base, LineResults changed) {
    Map<String, MethodProfile> before = byKey(base);
    Map<String, MethodProfile> after = byKey(changed);
    Map<String, MethodChange> all = new LinkedHashMap<>();
    for (Map.Entry<String, MethodProfile> entry : before.entrySet()) {
      all.put(
          entry.getKey(),
          new MethodChange(
              Optional.of(entry.getValue()), Optional.ofNullable(after.get(entry.getKey()))));
    }
    for (Map.Entry<String, MethodProfile> entry : after.entrySet()) {
      if (!all.containsKey(entry.getKey())) {
        all.put(entry.getKey(), new MethodChange(Optional.empty(), Optional.of(entry.getValue())));
      }
    }
    List<MethodChange> sorted = new ArrayList<>(all.values());
    sorted.sort(MethodChange.LARGEST_FIRST);
    return new LineResultsDiff(base, changed, sorted);
  }

  private static Map<String, MethodProfile> byKey(LineResults results) {
    Map<String, MethodProfile> methods = new LinkedHashMap<>();
    for (MethodProfile m : results.methods()) {
      methods.merge(m.key(), m, MethodProfile::plus);
    }
    return methods;
  }

  public LineResults base() {
    return base;
  }

  public LineResults changed() {
    return changed;
  }

  /** Every method of either run, largest change first. */
  public List<MethodChange> methods() {
    return methods;
  }

  /** How a method's profile differs between the two runs. */
  public static final class MethodChange {
    static final Comparator<MethodChange> LARGEST_FIRST =
        Comparator.comparing((MethodChange m) -> !m.hitsChanged())
            .thenComparing(Comparator.comparingLong(MethodChange::hitsChange).reversed())
            .thenComparing(
                Comparator.comparingLong((MethodChange m) -> Math.abs(m.nanosChange())).reversed())
            .thenComparing(MethodChange::key);

    private final Optional<MethodProfile> before;
    private final Optional<MethodProfile> after;
    private final List<LineChange> lines;

    MethodChange(Optional<MethodProfile> before, Optional<MethodProfile> after) {
      this.before = before;
      this.after = after;
      Map<Integer, LineStats[]> byLine = new TreeMap<>();
      before.ifPresent(
          m ->
              m.lines()
                  .forEach(l -> byLine.computeIfAbsent(l.line(), n -> new LineStats[2])[0] = l));
      after.ifPresent(
          m ->
              m.lines()
                  .forEach(l -> byLine.computeIfAbsent(l.line(), n -> new LineStats[2])[1] = l));
      List<LineChange> changes = new ArrayList<>();
      byLine.forEach(
          (line, pair) ->
              changes.add(
                  new LineChange(
                      line, Optional.ofNullable(pair[0]), Optional.ofNullable(pair[1]))));
      this.lines = Collections.unmodifiableList(changes);
    }

    /** The method in the base run; empty if it is new. */
    public Optional<MethodProfile> before() {
      return before;
    }

    /** The method in the newer run; empty if it vanished. */
    public Optional<MethodProfile> after() {
      return after;
    }

    /** The method as the newer run has it, else as the base run had it. */
    public MethodProfile method() {
      return after.orElseGet(before::get);
    }

    public String key() {
      return method().key();
    }

    public boolean isNew() {
      return before.isEmpty();
    }

    public boolean vanished() {
      return after.isEmpty();
    }

    /** Every line either run has figures for, in line order. */
    public List<LineChange> lines() {
      return lines;
    }

    /** Whether some line's hits differ (a method only one run has counts as changed). */
    public boolean hitsChanged() {
      return before.isEmpty() || after.isEmpty() || hitsChange() > 0;
    }

    /** The hits that differ, summed over its lines: how many line events more or fewer. */
    public long hitsChange() {
      long sum = 0;
      for (LineChange line : lines) {
        sum += Math.abs(line.hitsAfter() - line.hitsBefore());
      }
      return sum;
    }

    /** The newer run's time in the method less the base run's, as its lines sum it. */
    public long nanosChange() {
      return nanosAfter() - nanosBefore();
    }

    public long nanosBefore() {
      return before.map(MethodProfile::totalNanosLessProbes).orElse(0L);
    }

    public long nanosAfter() {
      return after.map(MethodProfile::totalNanosLessProbes).orElse(0L);
    }
  }

  /** One line's figures in the two runs. */
  public static final class LineChange {
    private final int line;
    private final Optional<LineStats> before;
    private final Optional<LineStats> after;

    LineChange(int line, Optional<LineStats> before, Optional<LineStats> after) {
      this.line = line;
      this.before = before;
      this.after = after;
    }

    public int line() {
      return line;
    }

    /** The line's figures in the base run; empty if that run had none for it. */
    public Optional<LineStats> before() {
      return before;
    }

    /** The line's figures in the newer run; empty if that run had none for it. */
    public Optional<LineStats> after() {
      return after;
    }

    public long hitsBefore() {
      return before.map(LineStats::hits).orElse(0L);
    }

    public long hitsAfter() {
      return after.map(LineStats::hits).orElse(0L);
    }

    public boolean hitsChanged() {
      return hitsBefore() != hitsAfter();
    }
  }
}
