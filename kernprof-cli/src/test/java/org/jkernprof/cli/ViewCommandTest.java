package org.jkernprof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.jkernprof.results.LineStats;
import org.jkernprof.results.LprofWriter;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.ProfileResults;
import org.jkernprof.results.RunInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jkernprof view} prints what the renderer makes of the saved results, summed when there are
 * several, with the options given. The report's layout is the renderer's own business.
 */
class ViewCommandTest {
  @TempDir Path dir;

  @Test
  void printsTheReportOfOneFile() throws IOException {
    ProfileResults first = results(2, 1_000);
    LprofWriter.write(first, dir.resolve("first.lprof"));

    CliHarness.Result result = CliHarness.in(dir).run("view", "first.lprof");

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(render(first, ReportOptions.defaults()), result.out);
    assertEquals("", result.err);
  }

  @Test
  void sumsSeveralFilesAndAppliesTheReportOptions() throws IOException {
    ProfileResults first = results(2, 1_000);
    ProfileResults second = results(5, 9_000);
    LprofWriter.write(first, dir.resolve("first.lprof"));
    Files.createDirectories(dir.resolve("more"));
    LprofWriter.write(second, dir.resolve("more/second.lprof"));

    CliHarness.Result result =
        CliHarness.in(dir)
            .run("view", "-u", "1e-3", "first.lprof", "more/second.lprof", "-z", "--summarize");

    assertEquals(0, result.exitCode, result.toString());
    ProfileResults merged = ProfileResults.merge(Arrays.asList(first, second));
    ReportOptions options =
        ReportOptions.defaults().withUnit(1e-3).withSkipZero(true).withSummarize(true);
    assertEquals(render(merged, options), result.out);
    assertNotEquals(render(first, options), result.out, "both files count");
  }

  @Test
  void coloursAndSortsWhenAskedAndStaysPlainIntoAPipe() throws IOException {
    Path source = dir.resolve("src/main/java/com/acme/Work.java");
    Files.createDirectories(source.getParent());
    Files.write(
        source,
        Arrays.asList(
            "package com.acme;",
            "",
            "class Work {",
            "  // run() is at lines 8 to 13, idle() at 18 to 21",
            "",
            "",
            "",
            "  @Deprecated",
            "  void run() {",
            "    int x = 1; // ten",
            "    String s = \"two\";",
            "    return;",
            "  }",
            "",
            "",
            "",
            "",
            "  void idle() {",
            "",
            "    char c = 'c';",
            "  }",
            "}"));
    ProfileResults first = results(2, 1_000);
    LprofWriter.write(first, dir.resolve("first.lprof"));

    CliHarness.Result colored =
        CliHarness.in(dir).run("view", "--color=always", "-t", "--summarize", "first.lprof");
    assertEquals(0, colored.exitCode, colored.toString());
    ReportOptions options = ReportOptions.defaults().withSortByTime(true).withSummarize(true);
    assertEquals(render(first, options.withColor(true)), colored.out);
    assertTrue(colored.out.contains("\u001b[35mint\u001b[0m x = "), colored.out);
    assertEquals(render(first, options), colored.out.replaceAll("\u001b\\[[0-9;]*m", ""));

    // The tests' standard output is no terminal: -r alone adds no colour.
    CliHarness.Result rich =
        CliHarness.in(dir).run("view", "-r", "-t", "--summarize", "first.lprof");
    assertEquals(0, rich.exitCode, rich.toString());
    assertEquals(render(first, options), rich.out);
    assertFalse(rich.out.contains("\u001b"), rich.out);
  }

  @Test
  void findsSourcesBesideTheRecordedJar() throws IOException {
    // java -jar build/app.jar records "build/app.jar"; its sources are in the Maven layout.
    Path jar = Files.createDirectories(dir.resolve("build")).resolve("app.jar");
    Files.write(jar, new byte[] {'P', 'K', 3, 4});
    ProfileResults recorded =
        new ProfileResults(new RunInfo("build/app.jar x", "17", 0, 1), Collections.emptyList());
    assertEquals(Optional.of(jar), ReportPrinter.recordedJar(recorded.run().command(), dir));
    assertEquals(Optional.empty(), ReportPrinter.recordedJar("com.acme.Main x", dir));
    assertEquals(Optional.empty(), ReportPrinter.recordedJar("gone.jar", dir));
  }

  private String render(ProfileResults results, ReportOptions options) {
    return TextReportRenderer.render(
        results,
        new SourceResolver(
            SourceResolver.searchPath(Collections.emptyList(), dir, Optional.empty())),
        options);
  }

  private static ProfileResults results(long hits, long nanos) {
    MethodProfile ran =
        new MethodProfile(
            "com.acme.Work",
            "run",
            "()V",
            "Work.java",
            nanos,
            Arrays.asList(new LineStats(10, hits, nanos / 2), new LineStats(11, hits, nanos / 2)));
    MethodProfile idle =
        new MethodProfile(
            "com.acme.Work",
            "idle",
            "()V",
            "Work.java",
            0,
            Collections.singletonList(new LineStats(20, 0, 0)));
    return new ProfileResults(
        new RunInfo("com.acme.Work", "17", 1_700_000_000_000L, nanos), Arrays.asList(ran, idle));
  }
}
