package org.jkernprof.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jkernprof.bench.allocation.EscapeWorkload;

/**
 * Which allocation budgets hold from run to run: {@link EscapeWorkload} under {@code jkernprof -l
 * -m}, several times in each of three JVM configurations (the default, escape analysis off, C1
 * only), interleaved so that a busier moment of the machine falls on all three alike. C2's escape
 * analysis removes the non-escaping {@code long[2]} once it compiles the loop, at a moment that
 * varies; the escaping {@code StringBuilder}'s arrays are always allocated.
 */
final class EscapeAnalysisRuns {
  /** A JVM configuration: its name in the table and its options for the profiled JVM. */
  static final class Configuration {
    final String name;
    final List<String> jvmOptions;

    Configuration(String name, String... jvmOptions) {
      this.name = name;
      this.jvmOptions = List.of(jvmOptions);
    }
  }

  static final List<Configuration> CONFIGURATIONS =
      List.of(
          new Configuration("default (C2 with escape analysis)"),
          new Configuration("`-XX:-DoEscapeAnalysis`", "-XX:-DoEscapeAnalysis"),
          new Configuration("`-XX:TieredStopAtLevel=1` (C1 only)", "-XX:TieredStopAtLevel=1"));

  private static final String[] LINE_NAMES = {"`long[2]`, not escaping", "`append`, escaping"};

  /** The two lines of every run, per configuration in {@link #CONFIGURATIONS}' order. */
  static final class Result {
    final List<List<AllocationLines.Line[]>> runs;
    final Set<String> programOutputs;

    Result(List<List<AllocationLines.Line[]>> runs, Set<String> programOutputs) {
      this.runs = runs;
      this.programOutputs = programOutputs;
    }

    /** The measured lines (of 2) whose hits were not the same in every run of every JVM. */
    int linesWithOtherHits() {
      int lines = 0;
      for (int k = 0; k < LINE_NAMES.length; k++) {
        Set<Long> hits = new LinkedHashSet<>();
        for (List<AllocationLines.Line[]> configuration : runs) {
          for (AllocationLines.Line[] run : configuration) {
            hits.add(run[k].hits);
          }
        }
        lines += hits.size() == 1 ? 0 : 1;
      }
      return lines;
    }

    /**
     * A Markdown table, per JVM and line: hits, min / median / max bytes, the spread, and every
     * run's bytes in order; then a warning line for hits or program output that differed.
     */
    String render() {
      StringBuilder out = new StringBuilder();
      out.append("| JVM | line | hits | min | median | max | max − min | all runs equal")
          .append(" | runs, in order |\n");
      out.append("|---|---|--:|--:|--:|--:|--:|---|---|\n");
      for (int c = 0; c < CONFIGURATIONS.size(); c++) {
        for (int k = 0; k < LINE_NAMES.length; k++) {
          List<Long> bytes = new ArrayList<>();
          Set<Long> hits = new LinkedHashSet<>();
          for (AllocationLines.Line[] run : runs.get(c)) {
            bytes.add(run[k].bytes);
            hits.add(run[k].hits);
          }
          long min = bytes.stream().min(Long::compare).orElseThrow();
          long max = bytes.stream().max(Long::compare).orElseThrow();
          List<String> each = new ArrayList<>();
          bytes.forEach(b -> each.add(readable(b)));
          out.append(
              CostTable.format(
                  "| %s | %s (line %d) | %s | %s | %s | %s | %,d B | %s | %s |%n",
                  CONFIGURATIONS.get(c).name,
                  LINE_NAMES[k],
                  runs.get(c).get(0)[k].number,
                  hits.size() == 1
                      ? CostTable.format("%,d", hits.iterator().next())
                      : "DIFFER: " + hits,
                  readable(min),
                  readable(Medians.of(bytes)),
                  readable(max),
                  max - min,
                  max == min ? "yes" : "no",
                  String.join(", ", each)));
        }
      }
      if (linesWithOtherHits() > 0) {
        out.append("\nWARNING: hits differ between runs; they should be exact.\n");
      }
      if (programOutputs.size() != 1) {
        out.append("\nWARNING: the runs printed different results: " + programOutputs + "\n");
      }
      return out.toString();
    }
  }

  private final BenchmarkInputs inputs;
  private final Path work;

  EscapeAnalysisRuns(BenchmarkInputs inputs, Path work) {
    this.inputs = inputs;
    this.work = work;
  }

  /** {@code runsEach} runs of every configuration, in rounds of one run each. */
  Result run(int runsEach) {
    List<String> files = new ArrayList<>();
    Set<String> outputs = new LinkedHashSet<>();
    for (int r = 0; r < runsEach; r++) {
      for (int c = 0; c < CONFIGURATIONS.size(); c++) {
        Path results = work.resolve("escape-" + c + "-" + r + ".lprof");
        List<String> command =
            ChildProcess.command(
                inputs.launcher.toString(), "-l", "-m", "-q", "-o", results.toString());
        for (String option : CONFIGURATIONS.get(c).jvmOptions) {
          command.add("-J" + option);
        }
        command.addAll(
            List.of("-cp", inputs.benchmarksJar.toString(), EscapeWorkload.class.getName()));
        String output = ChildProcess.run(command, work, true).checkedOutput(command);
        outputs.add(output.lines().filter(l -> l.startsWith("sum ")).findFirst().orElse(output));
        files.add(results.toString());
      }
    }
    List<AllocationLines.Line[]> all =
        AllocationLines.parse(
            ChildProcess.runMain(
                inputs, work, AllocationLines.class, files.toArray(new String[0])));
    List<List<AllocationLines.Line[]>> byConfiguration = new ArrayList<>();
    for (int c = 0; c < CONFIGURATIONS.size(); c++) {
      List<AllocationLines.Line[]> runs = new ArrayList<>();
      for (int r = 0; r < runsEach; r++) {
        runs.add(all.get(r * CONFIGURATIONS.size() + c));
      }
      byConfiguration.add(runs);
    }
    return new Result(byConfiguration, outputs);
  }

  /** Bytes as the report shows them: B, KiB or MiB with one decimal. */
  static String readable(double bytes) {
    if (bytes < 1024) {
      return CostTable.format("%.0f B", bytes);
    }
    return bytes < 1024 * 1024
        ? CostTable.format("%.1f KiB", bytes / 1024)
        : CostTable.format("%.1f MiB", bytes / (1024 * 1024));
  }
}
