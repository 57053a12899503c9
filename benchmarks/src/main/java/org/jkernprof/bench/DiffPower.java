package org.jkernprof.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkernprof.bench.power.TunedLines;

/**
 * How large a real time change must be for {@code jkernprof diff} to mark it (the test's power):
 * {@link TunedLines} run under {@code jkernprof -l} with each timer, at factor 1 (the base runs)
 * and at each factor of its tuned line, in rounds that take every factor and timer in turn; then
 * per timer and factor the diff of the base runs against that factor's runs, several runs a side
 * and one (run 1 against run 1). The same base runs serve every factor. {@link PowerRow} tells what
 * each diff said of the tuned line and of the five unchanged ones.
 */
final class DiffPower {
  static final List<Double> FACTORS = List.of(1.10, 1.25, 1.50, 2.00);
  static final List<Double> QUICK_FACTORS = List.of(1.25, 1.50);

  /** Every diff's row, and the median wall time of one run per timer. */
  static final class Result {
    final List<PowerRow> rows;
    final int runsASide;
    final Map<String, Double> medianRunSeconds;

    Result(List<PowerRow> rows, int runsASide, Map<String, Double> medianRunSeconds) {
      this.rows = rows;
      this.runsASide = runsASide;
      this.medianRunSeconds = medianRunSeconds;
    }

    /** The rows of {@code timer}'s diffs with {@code runsASide} runs a side, by factor. */
    List<PowerRow> of(String timer, int runsASide) {
      List<PowerRow> found = new ArrayList<>();
      for (PowerRow row : rows) {
        if (row.timer.equals(timer) && row.runsASide == runsASide) {
          found.add(row);
        }
      }
      return found;
    }

    /** The Markdown table of the README. */
    String render() {
      StringBuilder out = new StringBuilder();
      out.append(
          "| timer | runs a side | tuned line's factor | its ratio in the diff | marked as a"
              + " real change | other lines marked (false alarms) | other lines' largest move |\n");
      out.append("|---|--:|--:|--:|---|--:|--:|\n");
      for (PowerRow row : rows) {
        out.append(row.render()).append('\n');
      }
      return out.toString();
    }
  }

  private final BenchmarkInputs inputs;
  private final Path work;

  DiffPower(BenchmarkInputs inputs, Path work) {
    this.inputs = inputs;
    this.work = work;
  }

  /** {@code runsASide} rounds of runs, then the diffs, for the tuned line's {@code factors}. */
  Result run(List<Double> factors, int runsASide) {
    List<Double> all = new ArrayList<>();
    all.add(1.0);
    all.addAll(factors);
    Map<String, List<Path>> files = new LinkedHashMap<>();
    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    for (int r = 0; r < runsASide; r++) {
      for (DiffNoise.Timer timer : DiffNoise.TIMERS) {
        for (double factor : all) {
          Path results =
              work.resolve(CostTable.format("power-%s-%.2f-%d.lprof", timer.name, factor, r + 1));
          List<String> command = command(timer, factor, results);
          ChildProcess.Run run = ChildProcess.run(command, work, false);
          run.checkedOutput(command);
          files.computeIfAbsent(key(timer.name, factor), k -> new ArrayList<>()).add(results);
          seconds.computeIfAbsent(timer.name, t -> new ArrayList<>()).add(run.wallNanos / 1e9);
        }
      }
    }
    List<PowerRow> rows = new ArrayList<>();
    Map<String, Double> medians = new LinkedHashMap<>();
    for (DiffNoise.Timer timer : DiffNoise.TIMERS) {
      medians.put(timer.name, Medians.of(seconds.get(timer.name)));
      List<Path> base = files.get(key(timer.name, 1.0));
      for (int side : List.of(runsASide, 1)) {
        for (double factor : factors) {
          List<Path> changed = files.get(key(timer.name, factor));
          List<DiffLines.Line> diff =
              DiffLines.diff(inputs, work, base.subList(0, side), changed.subList(0, side), false);
          rows.add(PowerRow.of(timer.name, side, factor, timer.marksNothing(side), diff));
        }
      }
    }
    return new Result(rows, runsASide, medians);
  }

  /**
   * {@code jkernprof -l} with {@code timer}'s options running {@link TunedLines} {@code factor}.
   */
  private List<String> command(DiffNoise.Timer timer, double factor, Path results) {
    List<String> command =
        ChildProcess.command(
            inputs.launcher.toString(),
            "-l",
            "-q",
            "--source-path",
            inputs.sourceRoot.resolve("benchmarks/src/main/java").toString(),
            "-o",
            results.toString());
    command.addAll(timer.options);
    for (String option : TunedLines.JVM_OPTIONS) {
      command.add("-J" + option);
    }
    command.addAll(
        List.of(
            "-cp",
            inputs.benchmarksJar.toString(),
            TunedLines.class.getName(),
            CostTable.format("%.2f", factor)));
    return command;
  }

  private static String key(String timer, double factor) {
    return timer + " " + factor;
  }
}
