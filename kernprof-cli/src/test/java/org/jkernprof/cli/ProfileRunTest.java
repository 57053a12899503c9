package org.jkernprof.cli;

import static org.jkernprof.cli.CliHarness.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jkernprof.report.ReportOptions;
import org.jkernprof.report.SourceResolver;
import org.jkernprof.report.TextReportRenderer;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real runs: the command starts a child JVM with the real agent on the compiled sample program,
 * passes its arguments, streams and exit code through, and reads back the results it wrote. The
 * reports it prints are read back from their text ({@link PrintedReport}) and checked against the
 * sample's source, its hits comments and the results file.
 */
class ProfileRunTest {
  /** The sample's profiled method, as the report names it. */
  private static final String FUNCTION = "Sample.sumOfSquares(int)";

  @TempDir static Path build;
  private static SampleProgram sample;

  @TempDir Path dir;

  @BeforeAll
  static void compileSample() throws IOException {
    sample = SampleProgram.buildIn(build);
  }

  @Test
  void profilesAJarIntoTheDefaultFileAndPassesEverythingThrough() throws IOException {
    Path jar = Files.copy(sample.jar(), dir.resolve("sample.jar"));
    CliHarness.Result result =
        CliHarness.in(dir)
            .withStdin("typed by the user\n")
            .run("-l", "sample.jar", "-v", "--help", "two words", "stdin", "exit=3");

    assertEquals(3, result.exitCode, result.toString());
    assertEquals(
        lines("sum=14", "args=-v|--help|two words|stdin|exit=3", "stdin=typed by the user"),
        result.programOut);
    assertEquals(lines("sample: to stderr"), result.programErr);
    assertEquals(
        lines(
            "Wrote profile results to sample.jar.lprof",
            "Inspect results with:",
            "jkernprof view sample.jar.lprof"),
        result.out);
    assertEquals("", result.err);

    LineResults results = LprofReader.read(dir.resolve("sample.jar.lprof"));
    sample.assertProfiledOnce(results);
    assertEquals(
        Optional.of(jar), ReportPrinter.recordedJar(results.run().command(), dir), "recorded jar");
  }

  @Test
  void profilesAMainClassAndPrintsTheReportWithTheChosenOptions() throws IOException {
    Path lib = Files.createDirectories(dir.resolve("lib"));
    Files.copy(sample.jar(), lib.resolve("sample.jar"));
    Path sources = build.resolve("src");
    CliHarness.Result result =
        CliHarness.in(dir)
            .run(
                "-l",
                "-v",
                "-u",
                "1e-3",
                "-z",
                "--summarize",
                "--source-path",
                sources.toString(),
                "-o",
                "run.lprof",
                "-cp",
                "lib/*",
                "sample.Sample",
                "a");

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(lines("sum=14", "args=a"), result.programOut);
    LineResults results = LprofReader.read(dir.resolve("run.lprof"));
    sample.assertProfiledOnce(results);
    String report =
        TextReportRenderer.render(
            results,
            new SourceResolver(
                SourceResolver.searchPath(
                    Collections.singletonList(sources), dir, Optional.empty())),
            ReportOptions.defaults().withUnit(1e-3).withSkipZero(true).withSummarize(true));
    assertEquals(lines("Wrote profile results to run.lprof") + report, result.out);
    assertEquals("", result.err);
    // Read from the text: the unit asked for, the hits the sample's comments state and the file
    // recorded, on the right lines with their source text, and the summary asked for.
    PrintedReport printed =
        PrintedReport.parse(
            result.out.substring(lines("Wrote profile results to run.lprof").length()));
    assertTimerUnit("0.001", printed);
    assertShowsTheSampleAsRun(printed, results, dir);
    assertEquals(1, printed.summary().size(), printed.summary().toString());
    assertTrue(
        printed.summary().get(0).endsWith(":" + annotationLine() + " - " + FUNCTION),
        printed.summary().toString());
  }

  @Test
  void quietLeavesOutWhereTheResultsWentButNotTheProgramsOutput() throws IOException {
    CliHarness.Result result =
        CliHarness.in(dir)
            .run("-l", "-q", "-cp", sample.classes().toString(), "sample.Sample", "exit=4");

    assertEquals(4, result.exitCode, result.toString());
    assertEquals(lines("sum=14", "args=exit=4"), result.programOut);
    assertEquals(lines("sample: to stderr"), result.programErr);
    assertEquals("", result.out);
    assertEquals("", result.err);
    sample.assertProfiledOnce(LprofReader.read(dir.resolve("sample.Sample.lprof")));
  }

  @Test
  void quietWithViewPrintsOnlyTheReportSortedAndColouredAsAsked() throws IOException {
    Path sources = build.resolve("src");
    CliHarness.Result result =
        CliHarness.in(dir)
            .run(
                "-l",
                "-v",
                "--quiet",
                "-t",
                "--color=always",
                "--source-path",
                sources.toString(),
                "-cp",
                sample.classes().toString(),
                "sample.Sample");

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(lines("sum=14", "args="), result.programOut);
    LineResults results = LprofReader.read(dir.resolve("sample.Sample.lprof"));
    String report =
        TextReportRenderer.render(
            results,
            new SourceResolver(
                SourceResolver.searchPath(
                    Collections.singletonList(sources), dir, Optional.empty())),
            ReportOptions.defaults().withSortByTime(true).withColor(true));
    assertEquals(report, result.out);
    assertTrue(result.out.startsWith("Timer unit: "), result.out);
    assertTrue(result.out.contains("\u001b[35mstatic\u001b[0m \u001b[35mint\u001b[0m"), result.out);
    assertEquals("", result.err);
    PrintedReport printed = PrintedReport.parse(result.out);
    assertTimerUnit("1e-06", printed);
    assertShowsTheSampleAsRun(printed, results, dir);
    assertEquals(List.of(), printed.summary(), "no --summarize");
  }

  /**
   * The report of a real run shows the results file's own numbers: each row's time, time per hit
   * and share of the method, and the method's total, worked out here from the nanoseconds the file
   * holds (as measured: {@code --raw}), to the report's one decimal.
   */
  @Test
  void theReportShowsTheTimesTheResultsFileHolds() throws IOException {
    Path sources = build.resolve("src");
    CliHarness.Result run =
        CliHarness.in(dir)
            .run(
                "-l",
                "-q",
                "-o",
                "run.lprof",
                "-cp",
                sample.classes().toString(),
                SampleProgram.MAIN_CLASS);
    assertEquals(0, run.exitCode, run.toString());
    LineResults results = LprofReader.read(dir.resolve("run.lprof"));
    MethodProfile recorded = recordedSample(results);

    CliHarness.Result view =
        CliHarness.in(dir).run("view", "--raw", "--source-path", sources.toString(), "run.lprof");

    assertEquals(0, view.exitCode, view.toString());
    PrintedReport printed = PrintedReport.parse(view.out);
    assertEquals("Timer unit: 1e-06 s", printed.timerUnit(), "times as measured");
    assertShowsTheSampleAsRun(printed, results, dir);
    PrintedReport.Method shown = printed.method(FUNCTION);
    double totalSeconds = recorded.totalNanos() / 1e9;
    assertEquals(
        totalSeconds,
        Double.parseDouble(shown.totalTime()),
        totalSeconds * 5e-6,
        "Total time: six significant digits of " + recorded.totalNanos() + " ns");
    int checked = 0;
    for (LineStats line : recorded.lines()) {
      if (line.hits() == 0) {
        continue;
      }
      PrintedReport.Row row = shown.row(line.line());
      String where = "line " + line.line() + " (" + line.nanos() + " ns, " + line.hits() + " hits)";
      double micros = line.nanos() / 1e3;
      assertOneDecimalOf(micros, row.time(), "Time of " + where);
      assertOneDecimalOf(micros / line.hits(), row.perHit(), "Per Hit of " + where);
      assertOneDecimalOf(
          100.0 * line.nanos() / recorded.totalNanos(), row.percent(), "% Time of " + where);
      checked++;
    }
    assertEquals(4, checked, "the lines that ran: " + recorded.lines());
  }

  /**
   * {@code printed} lists the sample's profiled method, as read from its text alone: its file, its
   * declaration from the {@code @Profile} line to the closing brace with each line's source text,
   * the hits the sample's comments state, and on every row the hits {@code results} recorded.
   */
  private void assertShowsTheSampleAsRun(PrintedReport printed, LineResults results, Path folder)
      throws IOException {
    assertEquals(List.of(FUNCTION), printed.functions());
    PrintedReport.Method method = printed.method(FUNCTION);
    Path source = build.resolve("src/sample/Sample.java");
    assertTrue(Files.isSameFile(source, folder.resolve(method.file())), "File: " + method.file());
    assertEquals(annotationLine(), method.declarationLine(), "the line of @Profile");
    method.assertListsLines(source, annotationLine(), closingBraceLine());
    sample
        .expectedHits()
        .forEach((line, hits) -> assertEquals(hits, method.row(line).hits(), "line " + line));
    Map<Integer, Long> recorded = new TreeMap<>();
    for (LineStats line : recordedSample(results).lines()) {
      if (line.hits() > 0) {
        recorded.put(line.line(), line.hits());
      }
    }
    Map<Integer, Long> shown = new TreeMap<>();
    for (PrintedReport.Row row : method.rows()) {
      if (row.hits() != null) {
        shown.put(row.line(), row.hits());
      }
    }
    assertEquals(recorded, shown, "hits by line");
    int loopHeader = sourceLines().indexOf("    for (int i = 0; i < n; i++) {") + 1;
    assertEquals(5L, shown.get(loopHeader), "the loop's header: 4 iterations and the exit");
  }

  private static MethodProfile recordedSample(LineResults results) {
    return results.methods().stream()
        .filter(m -> m.qualifiedName().equals(SampleProgram.PROFILED_METHOD))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sample method in " + results.methods()));
  }

  /** The line of the sample's {@code @Profile}, found in its text. */
  private static int annotationLine() throws IOException {
    return sourceLines().indexOf("  @Profile") + 1;
  }

  /** The line of the brace that closes {@code sumOfSquares}. */
  private static int closingBraceLine() throws IOException {
    List<String> lines = sourceLines();
    return lines.subList(annotationLine(), lines.size()).indexOf("  }") + annotationLine() + 1;
  }

  private static List<String> sourceLines() throws IOException {
    List<String> lines =
        Files.readAllLines(build.resolve("src/sample/Sample.java"), StandardCharsets.UTF_8);
    assertEquals(1, Collections.frequency(lines, "  @Profile"), "one @Profile in the sample");
    return lines;
  }

  /**
   * The header states {@code unit} seconds, and possibly what the times are less of: a run of a
   * second or more has the profiler's cost measured and taken out.
   */
  private static void assertTimerUnit(String unit, PrintedReport printed) {
    String line = printed.timerUnit();
    assertTrue(
        line.equals("Timer unit: " + unit + " s")
            || line.startsWith("Timer unit: " + unit + " s (less the profiler's own cost, "),
        line);
  }

  /** {@code shown} is {@code exact} to one decimal, whichever way a tie was rounded. */
  private static void assertOneDecimalOf(double exact, String shown, String what) {
    assertTrue(shown.matches("\\d+\\.\\d"), what + ": '" + shown + "'");
    assertEquals(exact, Double.parseDouble(shown), 0.05 + 1e-9, what + ": '" + shown + "'");
  }

  @Test
  void passesJvmOptionsToTheProgramsJvm() throws IOException {
    CliHarness.Result result =
        CliHarness.in(dir)
            .run(
                "-l",
                "-J-Djk.greeting=hello",
                "-J",
                "-Djk.other=x,y",
                "-cp",
                sample.classes().toString(),
                "sample.Sample",
                "prop=jk.greeting",
                "prop=jk.other");

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(
        lines("sum=14", "args=prop=jk.greeting|prop=jk.other", "jk.greeting=hello", "jk.other=x,y"),
        result.programOut);
    assertEquals(lines("sample: to stderr"), result.programErr, "nothing but the program's output");
    assertTrue(Files.isRegularFile(dir.resolve("sample.Sample.lprof")));
  }

  @Test
  void saysSoWhenTheProgramDiedWithoutWritingResults() throws IOException {
    // Results of an earlier run must not pass for this run's.
    Files.write(dir.resolve("old.lprof"), Arrays.asList("from an earlier run"));
    CliHarness.Result result =
        CliHarness.in(dir)
            .run(
                "-l",
                "-v",
                "-o",
                "old.lprof",
                "-cp",
                sample.classes().toString(),
                "sample.Sample",
                "halt");

    assertEquals(9, result.exitCode, result.toString());
    assertEquals(lines("sum=14", "args=halt"), result.programOut);
    assertEquals("", result.out);
    assertEquals(
        lines(
            "jkernprof: the program ended (exit code 9) without writing profile results to"
                + " old.lprof"),
        result.err);
    assertEquals(
        Arrays.asList("from an earlier run"), Files.readAllLines(dir.resolve("old.lprof")));
  }
}
