package org.jkernprof.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How often {@code jkernprof diff} cries wolf: the same jsoup workload ({@link LibraryWorkload},
 * every jsoup method selected) run several times under {@code jkernprof -l} with each timer, the
 * timers taking turns, then diffs of those unchanged runs: one run a side (run 1 vs 2, 3 vs 4, ...)
 * and half the runs a side (1,2,3 vs 4,5,6); the clock's also with {@code --raw}, its times as
 * measured. The code did not change, so every time change the diff does not mark within the noise
 * ({@code ~}) is a false alarm, and every changed hit count a broken promise; {@link NoiseTally}
 * counts both.
 */
final class DiffNoise {
  /** A timer: its name in the table and its {@code jkernprof} options. */
  static final class Timer {
    final String name;
    final List<String> options;

    /**
     * Whether the diff takes the profiler's own cost out of its times, so that {@code --raw} gives
     * other times to compare.
     */
    final boolean corrected;

    Timer(String name, List<String> options, boolean corrected) {
      this.name = name;
      this.options = options;
      this.corrected = corrected;
    }

    /** Whether a diff of {@code runsASide} runs a side marks nothing: one clock run a side. */
    boolean marksNothing(int runsASide) {
      return runsASide == 1 && options.isEmpty();
    }
  }

  static final List<Timer> TIMERS =
      List.of(
          new Timer("clock", List.of(), true),
          new Timer("sampled", List.of("--timer=sampled"), false));

  /** One kind of comparison of one timer's runs, over all timed lines and those that matter. */
  static final class Comparison {
    final String timer;
    final int runsASide;

    /** Times as measured ({@code diff --raw}), the profiler's own cost left in. */
    final boolean raw;

    final String name;

    /** One clock run a side: the diff cannot tell the noise, so it marks nothing. */
    final boolean noiseUnknown;

    final NoiseTally timed = new NoiseTally(NoiseTally.TIMED);
    final NoiseTally matter = new NoiseTally(NoiseTally.AT_LEAST_1_MS);
    int diffs;

    Comparison(Timer timer, int runsASide, int pairs, boolean raw) {
      this.timer = timer.name;
      this.runsASide = runsASide;
      this.raw = raw;
      this.name =
          (runsASide == 1
                  ? CostTable.format("%s, 1 run a side (%d pairs)", timer.name, pairs)
                  : CostTable.format(
                      "%s, %d runs a side (%d vs %d)", timer.name, runsASide, runsASide, runsASide))
              + (raw ? ", `--raw`" : "");
      this.noiseUnknown = timer.marksNothing(runsASide);
    }

    void add(List<DiffLines.Line> diff) {
      timed.add(diff);
      matter.add(diff);
      diffs++;
    }
  }

  /** Every comparison, and the hits of every run against the first run of its timer. */
  static final class Result {
    final List<Comparison> comparisons;
    final int runsEach;
    final int rounds;
    final int pages;
    final Map<String, Double> medianWorkloadSeconds;
    final Set<String> checksums;

    /** Lines with figures in the diffs of run 1 against each other run of its timer. */
    int hitsLines;

    int hitsChanged;

    Result(
        List<Comparison> comparisons,
        int runsEach,
        int rounds,
        int pages,
        Map<String, Double> medianWorkloadSeconds,
        Set<String> checksums) {
      this.comparisons = comparisons;
      this.runsEach = runsEach;
      this.rounds = rounds;
      this.pages = pages;
      this.medianWorkloadSeconds = medianWorkloadSeconds;
      this.checksums = checksums;
    }

    /** The comparison of {@code timer}'s runs with {@code runsASide} runs a side. */
    Comparison of(String timer, int runsASide, boolean raw) {
      for (Comparison c : comparisons) {
        if (c.timer.equals(timer) && c.runsASide == runsASide && c.raw == raw) {
          return c;
        }
      }
      throw new IllegalArgumentException("no comparison of " + timer + ", " + runsASide);
    }

    /** The Markdown table of the README, then warnings if the runs differed where they must not. */
    String render() {
      StringBuilder out = new StringBuilder();
      out.append(
          "| comparison | lines | diffs | lines compared | moved > 10 % | moved > 2x"
              + " | marked as a real change (false alarms) | false alarms > 10 %"
              + " | false alarms > 2x | lines with changed hits |\n");
      out.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
      for (Comparison c : comparisons) {
        row(out, c, "timed on both sides", c.timed);
        row(out, c, "≥ 1 ms per run on both sides", c.matter);
      }
      if (hitsChanged > 0) {
        out.append(
            CostTable.format(
                "%nWARNING: %,d of %,d lines' hits differ between identical runs;"
                    + " they should be exact.%n",
                hitsChanged, hitsLines));
      }
      if (checksums.size() != 1) {
        out.append("\nWARNING: the runs computed different checksums: " + checksums + "\n");
      }
      return out.toString();
    }

    private static void row(StringBuilder out, Comparison c, String lines, NoiseTally t) {
      out.append(
          CostTable.format(
              "| %s | %s | %d | %,d | %s | %s | %s | %s | %s | %,d |%n",
              c.name,
              lines,
              c.diffs,
              t.lines,
              t.countAndPercent(t.moved10),
              t.countAndPercent(t.moved2x),
              c.noiseUnknown ? "— (noise unknown: nothing marked)" : t.countAndPercent(t.alarms),
              c.noiseUnknown ? "—" : t.countAndPercent(t.alarms10),
              c.noiseUnknown ? "—" : t.countAndPercent(t.alarms2x),
              t.hitsChanged));
    }
  }

  private final BenchmarkInputs inputs;
  private final Path work;

  DiffNoise(BenchmarkInputs inputs, Path work) {
    this.inputs = inputs;
    this.work = work;
  }

  /** {@code runsEach} (even) runs of each timer, each parsing every page {@code rounds} times. */
  Result run(int runsEach, int rounds) {
    LibraryWorkload workload = LibraryWorkload.make(inputs, work);
    Map<String, List<Path>> files = new LinkedHashMap<>();
    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    Set<String> checksums = new LinkedHashSet<>();
    for (int r = 0; r < runsEach; r++) {
      for (Timer timer : TIMERS) {
        Path results = work.resolve("noise-" + timer.name + "-" + (r + 1) + ".lprof");
        List<String> command =
            ChildProcess.command(
                inputs.launcher.toString(),
                "-l",
                "-q",
                "--include",
                LibraryWorkload.EVERY_JSOUP_METHOD,
                "-o",
                results.toString());
        command.addAll(timer.options);
        command.addAll(workload.arguments(rounds));
        String figures =
            LibraryWorkload.figures(ChildProcess.run(command, work, true).checkedOutput(command));
        checksums.add(figures.split(" ")[3]);
        files.computeIfAbsent(timer.name, t -> new ArrayList<>()).add(results);
        seconds
            .computeIfAbsent(timer.name, t -> new ArrayList<>())
            .add(Long.parseLong(figures.split(" ")[0]) / 1e9);
      }
    }
    List<Comparison> comparisons = new ArrayList<>();
    Map<String, Double> medians = new LinkedHashMap<>();
    int half = runsEach / 2;
    for (Timer timer : TIMERS) {
      List<Path> runs = files.get(timer.name);
      medians.put(timer.name, Medians.of(seconds.get(timer.name)));
      for (boolean raw : timer.corrected ? List.of(false, true) : List.of(false)) {
        Comparison one = new Comparison(timer, 1, half, raw);
        for (int k = 0; k + 1 < runsEach; k += 2) {
          one.add(diff(runs.subList(k, k + 1), runs.subList(k + 1, k + 2), raw));
        }
        Comparison several = new Comparison(timer, half, 1, raw);
        several.add(diff(runs.subList(0, half), runs.subList(half, runsEach), raw));
        comparisons.add(one);
        comparisons.add(several);
      }
    }
    Result result = new Result(comparisons, runsEach, rounds, workload.pages(), medians, checksums);
    for (Timer timer : TIMERS) {
      List<Path> runs = files.get(timer.name);
      for (int k = 1; k < runsEach; k++) {
        for (DiffLines.Line l : diff(runs.subList(0, 1), runs.subList(k, k + 1), false)) {
          result.hitsLines++;
          result.hitsChanged += l.hitsChanged() ? 1 : 0;
        }
      }
    }
    return result;
  }

  private List<DiffLines.Line> diff(List<Path> before, List<Path> after, boolean raw) {
    return DiffLines.diff(inputs, work, before, after, raw);
  }
}
