package org.jkernprof.cli;

import static org.jkernprof.cli.CliHarness.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import org.jkernprof.report.ReportOptions;
import org.jkernprof.report.SourceResolver;
import org.jkernprof.report.TextReportRenderer;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LprofReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real runs: the command starts a child JVM with the real agent on the compiled sample program,
 * passes its arguments, streams and exit code through, and reads back the results it wrote.
 */
class ProfileRunTest {
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
