package org.jkernprof.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The two sides of a comparison of runs, item by item (a method's profile, a function's
 * statistics): each item's figures in every run of each side, empty in a run that does not have it.
 * What {@link LineResultsDiff} and {@link FunctionResultsDiff} both pair.
 */
final class RunsBySide {
  private RunsBySide() {}

  /**
   * One change per item either side has, in the order the items first appear (base runs first):
   * {@code change} of the item's figures in each base run and in each newer run.
   *
   * @param items the items of one run
   * @param key what tells an item apart from the others of its run
   * @param plus sums two entries of one item in one run
   */
  static <R, T, C> List<C> pair(
      List<R> baseRuns,
      List<R> changedRuns,
      Function<R, List<T>> items,
      Function<T, String> key,
      BinaryOperator<T> plus,
      BiFunction<List<Optional<T>>, List<Optional<T>>, C> change) {
    List<Map<String, T>> before = byKey(baseRuns, items, key, plus);
    List<Map<String, T>> after = byKey(changedRuns, items, key, plus);
    Map<String, C> all = new LinkedHashMap<>();
    for (List<Map<String, T>> side : List.of(before, after)) {
      for (Map<String, T> run : side) {
        for (String k : run.keySet()) {
          all.computeIfAbsent(k, x -> change.apply(runsOf(before, x), runsOf(after, x)));
        }
      }
    }
    return new ArrayList<>(all.values());
  }

  private static <R, T> List<Map<String, T>> byKey(
      List<R> runs, Function<R, List<T>> items, Function<T, String> key, BinaryOperator<T> plus) {
    List<Map<String, T>> maps = new ArrayList<>();
    for (R run : runs) {
      Map<String, T> byKey = new LinkedHashMap<>();
      for (T item : items.apply(run)) {
        byKey.merge(key.apply(item), item, plus);
      }
      maps.add(byKey);
    }
    return maps;
  }

  private static <T> List<Optional<T>> runsOf(List<Map<String, T>> side, String key) {
    List<Optional<T>> runs = new ArrayList<>();
    for (Map<String, T> run : side) {
      runs.add(Optional.ofNullable(run.get(key)));
    }
    return runs;
  }

  /** The item as the first run that has it has it; empty if none does. */
  static <T> Optional<T> first(List<Optional<T>> runs) {
    return runs.stream().filter(Optional::isPresent).map(Optional::get).findFirst();
  }

  /** {@code figure} per run, a run without the item counting 0. */
  static <T> double mean(List<Optional<T>> runs, ToLongFunction<T> figure) {
    long sum = 0;
    for (Optional<T> run : runs) {
      sum += run.map(figure::applyAsLong).orElse(0L);
    }
    return (double) sum / runs.size();
  }
}
