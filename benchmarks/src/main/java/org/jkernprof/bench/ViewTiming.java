package org.jkernprof.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the real command line, {@code ./jkernprof view FILE > /dev/null}, end to end on the results
 * of {@link LargeResults}: once where the sources cannot be found (the report lists the lines with
 * statistics), once with {@code --source-path} to them (every file parsed).
 */
final class ViewTiming {
  /** Median wall times in milliseconds. */
  static final class Result {
    final double withoutSourcesMillis;
    final double withSourcesMillis;

    Result(double withoutSourcesMillis, double withSourcesMillis) {
      this.withoutSourcesMillis = withoutSourcesMillis;
      this.withSourcesMillis = withSourcesMillis;
    }
  }

  private final BenchmarkInputs inputs;
  private final Path work;

  ViewTiming(BenchmarkInputs inputs, Path work) {
    this.inputs = inputs;
    this.work = work;
  }

  Result run(int runs) {
    LargeResults.Written large = LargeResults.in(inputs, work);
    Path results = large.results();
    Path sources = large.sources();
    List<String> withoutSources =
        ChildProcess.command(inputs.launcher.toString(), "view", results.toString());
    List<String> withSources = new ArrayList<>(withoutSources);
    withSources.add(withSources.size() - 1, "--source-path");
    withSources.add(withSources.size() - 1, sources.toString());
    checkReport(withoutSources, "Source not found");
    checkReport(withSources, "Function: Generated0.step0(long, int) at line 4");
    List<Double> without = new ArrayList<>();
    List<Double> with = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      without.add(ChildProcess.wallMillis(withoutSources, work));
      with.add(ChildProcess.wallMillis(withSources, work));
    }
    return new Result(Medians.of(without), Medians.of(with));
  }

  /** Runs the command once, untimed, and checks that its report says {@code expected}. */
  private void checkReport(List<String> command, String expected) {
    String report = ChildProcess.run(command, work, true).checkedOutput(command);
    if (!report.contains(expected)) {
      throw new IllegalStateException(
          "the report of " + String.join(" ", command) + " does not say: " + expected);
    }
  }
}
