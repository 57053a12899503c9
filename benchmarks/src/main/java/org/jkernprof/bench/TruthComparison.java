package org.jkernprof.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How true the line report's times are: {@link KnownCosts} run without the agent (each line's true
 * cost) and under {@code jkernprof -l --start-disabled} (its calls after the warm-up), then its
 * results viewed twice, with measured times and corrected ones. Prints per line the ns/hit and
 * share of each, and the largest share error.
 */
final class TruthComparison {
  private static final String UNIT = "1e-9";
  private static final Pattern TRUTH = Pattern.compile("line \\d+: (\\d+) steps, (\\d+\\.\\d+) ns");
  private static final Pattern METHOD = Pattern.compile("method: (\\d+\\.\\d+) ns");

  /** The header's note on what a corrected report took out, whatever its wording. */
  private static final Pattern LESS = Pattern.compile("Timer unit: \\S+ s \\((less [^)]*)\\)");

  private static final Pattern ROW =
      Pattern.compile(
          " *(\\d+) +(\\d+) +(~0|\\d+\\.\\d) +(?:~0|\\d+\\.\\d) +(~0|\\d+\\.\\d)(?:  .*)?");
  private static final Pattern CALLS =
      Pattern.compile(
          "calls: .* (\\d+\\.\\d) ns per call in the fastest round, (\\d+\\.\\d) on average;"
              + " reference: (\\d+\\.\\d+) ns .*");

  /**
   * One column group of the table: ns/hit and share per line, and what the report's header says.
   */
  static final class Times {
    final double[] nanos;
    final double[] shares;
    final String note;

    Times(double[] nanos, double[] shares, String note) {
      this.nanos = nanos;
      this.shares = shares;
      this.note = note;
    }

    double maxShareError(Times truth) {
      double max = 0;
      for (int k = 0; k < shares.length; k++) {
        max = Math.max(max, Math.abs(shares[k] - truth.shares[k]));
      }
      return max;
    }
  }

  /** The three column groups, and the machine's speed in each run of the same code. */
  static final class Result {
    final int[] steps;
    final Times truth;
    final Times raw;
    final Times corrected;
    final double truthMethod;
    final double truthReference;
    final double profiledReference;
    final double fastestRound;
    final double averageRound;

    Result(
        int[] steps,
        Times truth,
        Times raw,
        Times corrected,
        double truthMethod,
        double truthReference,
        double profiledReference,
        double fastestRound,
        double averageRound) {
      this.steps = steps;
      this.truth = truth;
      this.raw = raw;
      this.corrected = corrected;
      this.truthMethod = truthMethod;
      this.truthReference = truthReference;
      this.profiledReference = profiledReference;
      this.fastestRound = fastestRound;
      this.averageRound = averageRound;
    }

    /**
     * Whether the runs can be compared: the costliest line's code took as long in both, the truth
     * run timed the whole method as the sum of its lines, and the profiled run's rounds took on
     * average no longer than its fastest, each within {@code tolerance}.
     */
    boolean comparable(double tolerance) {
      double sum = 0;
      for (double n : truth.nanos) {
        sum += n;
      }
      return Math.abs(profiledReference / truthReference - 1) <= tolerance
          && Math.abs(sum / truthMethod - 1) <= tolerance
          && averageRound <= (1 + tolerance) * fastestRound;
    }

    /** A Markdown table: truth | measured | corrected, per line. */
    String render() {
      StringBuilder out = new StringBuilder();
      out.append("| line (spin steps) | truth ns/hit | truth share | measured ns/hit")
          .append(" | measured share | corrected ns/hit | corrected share |\n");
      out.append("|---|--:|--:|--:|--:|--:|--:|\n");
      for (int k = 0; k < steps.length; k++) {
        out.append(
            CostTable.format(
                "| %d (%d) | %.1f | %.1f %% | %.1f | %.1f %% | %s | %.1f %% |%n",
                k + 1,
                steps[k],
                truth.nanos[k],
                truth.shares[k],
                raw.nanos[k],
                raw.shares[k],
                Double.isNaN(corrected.nanos[k])
                    ? "~0"
                    : CostTable.format("%.1f", corrected.nanos[k]),
                corrected.shares[k]));
      }
      out.append(
          CostTable.format(
              "| max share error | | | | %.1f points | | %.1f points |%n",
              raw.maxShareError(truth), corrected.maxShareError(truth)));
      return out.toString();
    }
  }

  private final BenchmarkInputs inputs;
  private final Path work;

  TruthComparison(BenchmarkInputs inputs, Path work) {
    this.inputs = inputs;
    this.work = work;
  }

  Result run(int calls) {
    List<String> truthRun = ChildProcess.command(ChildProcess.java());
    truthRun.addAll(KnownCosts.JVM_OPTIONS);
    truthRun.addAll(List.of("-cp", inputs.benchmarksJar.toString(), KnownCosts.class.getName()));
    truthRun.add("truth");
    String truthOutput = ChildProcess.run(truthRun, work, true).checkedOutput(truthRun);
    List<double[]> truthLines = new ArrayList<>();
    Matcher m = TRUTH.matcher(truthOutput);
    while (m.find()) {
      truthLines.add(new double[] {Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2))});
    }
    int[] steps = truthLines.stream().mapToInt(line -> (int) line[0]).toArray();
    double[] trueNanos = truthLines.stream().mapToDouble(line -> line[1]).toArray();
    Times truth = new Times(trueNanos, shares(trueNanos), "");
    Matcher method = METHOD.matcher(truthOutput);
    if (truthLines.isEmpty() || !method.find()) {
      throw new IllegalStateException("unexpected output of KnownCosts truth: " + truthOutput);
    }

    Path results = work.resolve("known-costs.lprof");
    List<String> profiled =
        ChildProcess.command(
            inputs.launcher.toString(),
            "-l",
            "-q",
            "--start-disabled",
            "-u",
            UNIT,
            "-o",
            results.toString());
    for (String option : KnownCosts.JVM_OPTIONS) {
      profiled.add("-J" + option);
    }
    profiled.addAll(List.of("-cp", inputs.benchmarksJar.toString(), KnownCosts.class.getName()));
    profiled.addAll(List.of("profile", Integer.toString(calls)));
    String programOutput = ChildProcess.run(profiled, work, true).checkedOutput(profiled);
    Matcher reference = CALLS.matcher(programOutput.strip());
    if (!reference.matches()) {
      throw new IllegalStateException("unexpected output of KnownCosts: " + programOutput);
    }
    String file = results.toString();
    String launcher = inputs.launcher.toString();
    List<String> corrected = ChildProcess.command(launcher, "view", "-u", UNIT, file);
    List<String> measured = ChildProcess.command(launcher, "view", "--raw", "-u", UNIT, file);
    return new Result(
        steps,
        truth,
        reported(measured, steps.length),
        reported(corrected, steps.length),
        Double.parseDouble(method.group(1)),
        trueNanos[trueNanos.length - 1],
        Double.parseDouble(reference.group(3)),
        Double.parseDouble(reference.group(1)),
        Double.parseDouble(reference.group(2)));
  }

  /** The report {@code command} prints: each row's ns/hit (NaN for ~0) and share. */
  private Times reported(List<String> command, int lines) {
    String report = ChildProcess.run(command, work, true).checkedOutput(command);
    double[] nanos = new double[lines];
    double[] shares = new double[lines];
    int k = 0;
    for (String line : report.split("\n")) {
      Matcher row = ROW.matcher(line);
      if (row.matches() && k < lines) {
        nanos[k] =
            row.group(3).equals("~0")
                ? Double.NaN
                : Double.parseDouble(row.group(3)) / Long.parseLong(row.group(2));
        shares[k] = row.group(4).equals("~0") ? 0 : Double.parseDouble(row.group(4));
        k++;
      }
    }
    if (k != lines) {
      throw new IllegalStateException(k + " rows of " + lines + " in the report:\n" + report);
    }
    Matcher less = LESS.matcher(report);
    return new Times(nanos, shares, less.find() ? less.group(1) : "");
  }

  private static double[] shares(double[] nanos) {
    double sum = 0;
    for (double n : nanos) {
      sum += n;
    }
    double[] shares = new double[nanos.length];
    for (int k = 0; k < nanos.length; k++) {
      shares[k] = 100 * nanos[k] / sum;
    }
    return shares;
  }
}
