package org.jkernprof.cli;

import java.util.List;
import java.util.function.Function;

/**
 * Saved results of several files summed into one, for {@code view}, of either kind. Results the
 * results module refuses to sum (those of the clock timer with those of the sampled timer, whose
 * times do not add up) fail with its one-line reason and what to do instead.
 */
final class MergedResults {
  private MergedResults() {}

  /**
   * {@code all} summed by {@code merge} ({@code LineResults::merge}, {@code
   * FunctionResults::merge}); one file's results as they are.
   */
  static <R> R of(List<R> all, Function<List<R>, R> merge) {
    if (all.size() == 1) {
      return all.get(0);
    }
    try {
      return merge.apply(all);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage() + ": view them one at a time");
    }
  }
}
