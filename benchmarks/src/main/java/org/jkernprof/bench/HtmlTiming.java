package org.jkernprof.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the HTML report of results as large as a big application's: the line results of {@link
 * LargeResults} (10,000 methods, with their sources) and the sampled function results of {@link
 * LargeCallResults} (10,000 methods, 50,000 stacks). Each page is written by the real command line,
 * {@code jkernprof view --html}, then opened from disk in headless Chromium ({@link PageOpening})
 * several times.
 */
final class HtmlTiming {
  /** Median milliseconds: to write each page, and to open it. */
  static final class Result {
    final double writeLinesMillis;
    final double openLinesMillis;
    final double writeCallsMillis;
    final double openCallsMillis;
    final long linesPageBytes;
    final long callsPageBytes;

    Result(
        double writeLinesMillis,
        double openLinesMillis,
        double writeCallsMillis,
        double openCallsMillis,
        long linesPageBytes,
        long callsPageBytes) {
      this.writeLinesMillis = writeLinesMillis;
      this.openLinesMillis = openLinesMillis;
      this.writeCallsMillis = writeCallsMillis;
      this.openCallsMillis = openCallsMillis;
      this.linesPageBytes = linesPageBytes;
      this.callsPageBytes = callsPageBytes;
    }
  }

  private final BenchmarkInputs inputs;
  private final Path work;

  HtmlTiming(BenchmarkInputs inputs, Path work) {
    this.inputs = inputs;
    this.work = work;
  }

  Result run(int runs) throws IOException, InterruptedException {
    LargeResults.Written large = LargeResults.in(inputs, work);
    Path lines = large.results();
    Path sources = large.sources();
    Path calls = work.resolve("large.prof");
    ChildProcess.runMain(inputs, work, LargeCallResults.class, calls.toString());
    Path linesPage = work.resolve("large-lines.html");
    Path callsPage = work.resolve("large-calls.html");
    List<String> writeLines =
        ChildProcess.command(
            inputs.launcher.toString(),
            "view",
            "--source-path",
            sources.toString(),
            "--html",
            linesPage.toString(),
            lines.toString());
    List<String> writeCalls =
        ChildProcess.command(
            inputs.launcher.toString(), "view", "--html", callsPage.toString(), calls.toString());
    List<Double> writingLines = new ArrayList<>();
    List<Double> writingCalls = new ArrayList<>();
    List<Double> openingLines = new ArrayList<>();
    List<Double> openingCalls = new ArrayList<>();
    try (PageOpening browser = PageOpening.start()) {
      for (int run = 0; run < runs; run++) {
        writingLines.add(ChildProcess.wallMillis(writeLines, work));
        writingCalls.add(ChildProcess.wallMillis(writeCalls, work));
        openingLines.add(browser.open(linesPage));
        openingCalls.add(browser.open(callsPage));
      }
    }
    return new Result(
        Medians.of(writingLines),
        Medians.of(openingLines),
        Medians.of(writingCalls),
        Medians.of(openingCalls),
        Files.size(linesPage),
        Files.size(callsPage));
  }
}
