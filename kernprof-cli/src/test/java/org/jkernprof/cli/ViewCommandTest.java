package org.jkernprof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jkernprof.report.ReportOptions;
import org.jkernprof.report.SortKey;
import org.jkernprof.report.SourceResolver;
import org.jkernprof.report.StatsOptions;
import org.jkernprof.report.StatsReportRenderer;
import org.jkernprof.report.TextReportRenderer;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.CallPath;
import org.jkernprof.results.CallProbeCost;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.LprofWriter;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.ProbeShare;
import org.jkernprof.results.ProfReader;
import org.jkernprof.results.ProfWriter;
import org.jkernprof.results.RunInfo;
import org.jkernprof.results.SampledStack;
import org.jkernprof.results.Sampling;
import org.jkernprof.testsupport.JsonText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jkernprof view} prints what the renderer makes of the saved results, summed when there are
 * several, with the options given. The report's layout is the renderer's own business; what it says
 * (hits, times, lines, source text) is read back from the printed text ({@link PrintedReport}) and
 * checked against the results the tests wrote.
 */
class ViewCommandTest {
  @TempDir Path dir;

  @Test
  void refusesToSumResultsOfTheClockWithSampledResultsInOneLine() throws IOException {
    LprofWriter.write(results(2, 1_000), dir.resolve("clock.lprof"));
    LineResults clock = results(3, 2_000_000);
    List<MethodProfile> sampledMethods = new ArrayList<>();
    for (MethodProfile m : clock.methods()) {
      List<LineStats> lines = new ArrayList<>();
      for (LineStats l : m.lines()) {
        lines.add(l.withSamples(l.nanos() / 1_000_000));
      }
      sampledMethods.add(m.withSampledLines(lines));
    }
    LprofWriter.write(
        new LineResults(clock.run(), sampledMethods)
            .withSamplings(List.of(new Sampling(1_000_000, 40))),
        dir.resolve("sampled.lprof"));

    CliHarness.Result sampledAlone = CliHarness.in(dir).run("view", "sampled.lprof");
    assertEquals(0, sampledAlone.exitCode, sampledAlone.toString());
    assertTrue(
        sampledAlone.out.startsWith(
            "Timer unit: 1e-06 s (sampled every 1 ms, 40 samples; ~: fewer than 10)\n"),
        sampledAlone.out);

    CliHarness.Result both = CliHarness.in(dir).run("view", "clock.lprof", "sampled.lprof");
    assertEquals(2, both.exitCode, both.toString());
    assertEquals("", both.out);
    assertEquals(
        "jkernprof: cannot merge results timed by the clock with results timed by samples:"
            + " view them one at a time\n",
        both.err);
  }

  @Test
  void printsTheReportOfOneFile() throws IOException {
    LineResults first = results(2, 1_000);
    LprofWriter.write(first, dir.resolve("first.lprof"));

    CliHarness.Result result = CliHarness.in(dir).run("view", "first.lprof");

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(render(first, ReportOptions.defaults()), result.out);
    assertEquals("", result.err);
    // What it says, read from the text: each line's 2 hits and 500 ns, half of the 1 us in all.
    PrintedReport printed = PrintedReport.parse(result.out);
    assertEquals("Timer unit: 1e-06 s", printed.timerUnit());
    assertEquals(List.of("Work.run()", "Work.idle()"), printed.functions());
    PrintedReport.Method run = printed.method("Work.run()");
    assertEquals("1e-06", run.totalTime());
    assertEquals(List.of(10, 11), run.lines());
    for (int line : new int[] {10, 11}) {
      PrintedReport.Row row = run.row(line);
      assertEquals(2L, row.hits(), "line " + line);
      assertEquals("0.5", row.time(), "line " + line);
      assertEquals("50.0", row.percent(), "line " + line);
    }
    assertEquals(null, printed.method("Work.idle()").row(20).hits(), "a line that never ran");
  }

  @Test
  void sumsSeveralFilesAndAppliesTheReportOptions() throws IOException {
    LineResults first = results(2, 1_000);
    LineResults second = results(5, 9_000);
    LprofWriter.write(first, dir.resolve("first.lprof"));
    Files.createDirectories(dir.resolve("more"));
    LprofWriter.write(second, dir.resolve("more/second.lprof"));

    CliHarness.Result result =
        CliHarness.in(dir)
            .run("view", "-u", "1e-3", "first.lprof", "more/second.lprof", "-z", "--summarize");

    assertEquals(0, result.exitCode, result.toString());
    LineResults merged = LineResults.merge(Arrays.asList(first, second));
    ReportOptions options =
        ReportOptions.defaults().withUnit(1e-3).withSkipZero(true).withSummarize(true);
    assertEquals(render(merged, options), result.out);
    assertNotEquals(render(first, options), result.out, "both files count");
    // Read from the text: 2 + 5 hits and 1 + 9 us in all, in milliseconds; idle, which never ran,
    // left out; one summary line.
    PrintedReport printed = PrintedReport.parse(result.out);
    assertEquals("Timer unit: 0.001 s", printed.timerUnit());
    assertEquals(List.of("Work.run()"), printed.functions());
    PrintedReport.Method run = printed.method("Work.run()");
    assertEquals("1e-05", run.totalTime());
    assertEquals(7L, run.row(10).hits());
    assertEquals(7L, run.row(11).hits());
    assertEquals("0.0", run.row(10).time());
    assertEquals(1, printed.summary().size(), printed.summary().toString());
    assertTrue(printed.summary().get(0).endsWith(" - Work.run()"), printed.summary().toString());
  }

  @Test
  void coloursAndSortsWhenAskedAndStaysPlainIntoAPipe() throws IOException {
    Path source = writeWorkSource();
    LineResults first = results(2, 1_000);
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
    // Read from the text: both methods, from their annotation or declaration to the closing
    // brace, as the source has them; the one that took time first, in the summary too.
    for (String out : List.of(colored.out, rich.out)) {
      PrintedReport printed = PrintedReport.parse(out);
      assertEquals(List.of("Work.run()", "Work.idle()"), printed.functions());
      printed.method("Work.run()").assertListsLines(source, 8, 13);
      printed.method("Work.idle()").assertListsLines(source, 18, 21);
      assertEquals(2L, printed.method("Work.run()").row(10).hits());
      String file = printed.method("Work.run()").file();
      assertTrue(Files.isSameFile(source, dir.resolve(file)), "File: " + file);
      assertEquals(
          List.of(
              "0.00 seconds - " + file + ":8 - Work.run()",
              "0.00 seconds - " + file + ":18 - Work.idle()"),
          printed.summary());
    }
  }

  /**
   * The report's numbers, read from its text, are the recorded ones on the right source lines:
   * checked against values worked out by hand, not against the renderer.
   */
  @Test
  void printsTheRecordedNumbersBesideTheirSourceLines() throws IOException {
    Path source = writeWorkSource();
    // run(): line 10 ran 3 times in 1.5 ms, line 11 4 times in 0.5 ms; 2 ms in all.
    MethodProfile run =
        new MethodProfile(
            "com.acme.Work",
            "run",
            "()V",
            "Work.java",
            2_000_000,
            Arrays.asList(new LineStats(10, 3, 1_500_000), new LineStats(11, 4, 500_000)));
    MethodProfile idle =
        new MethodProfile(
            "com.acme.Work",
            "idle",
            "()V",
            "Work.java",
            0,
            Collections.singletonList(new LineStats(20, 0, 0)));
    LprofWriter.write(
        new LineResults(
            new RunInfo("com.acme.Work", "17", 1_700_000_000_000L, 2_000_000),
            Arrays.asList(idle, run)),
        dir.resolve("work.lprof"));

    PrintedReport micros = PrintedReport.parse(CliHarness.in(dir).run("view", "work.lprof").out);
    PrintedReport millis =
        PrintedReport.parse(CliHarness.in(dir).run("view", "-u", "1e-3", "work.lprof").out);

    assertEquals("Timer unit: 1e-06 s", micros.timerUnit());
    assertEquals("Timer unit: 0.001 s", millis.timerUnit());
    assertEquals(List.of("Work.run()", "Work.idle()"), micros.functions(), "source order");
    PrintedReport.Method shown = micros.method("Work.run()");
    assertEquals("0.002", shown.totalTime());
    assertTrue(Files.isSameFile(source, dir.resolve(shown.file())), "File: " + shown.file());
    assertEquals(8, shown.declarationLine(), "the line of its annotation");
    shown.assertListsLines(source, 8, 13);
    assertEquals(
        new PrintedReport.Row(10, 3L, "1500.0", "500.0", "75.0", "    int x = 1; // ten"),
        shown.row(10));
    assertEquals(
        new PrintedReport.Row(11, 4L, "500.0", "125.0", "25.0", "    String s = \"two\";"),
        shown.row(11));
    for (int line : new int[] {8, 9, 12, 13}) {
      assertEquals(null, shown.row(line).hits(), "line " + line + " has no numbers");
    }
    assertEquals(
        new PrintedReport.Row(10, 3L, "1.5", "0.5", "75.0", "    int x = 1; // ten"),
        millis.method("Work.run()").row(10));
    assertEquals("0.5", millis.method("Work.run()").row(11).time());

    PrintedReport.Method never = micros.method("Work.idle()");
    assertEquals("0", never.totalTime());
    assertEquals(18, never.declarationLine());
    never.assertListsLines(source, 18, 21);
    assertEquals(null, never.row(20).hits(), "0 hits show as none");
  }

  @Test
  void findsSourcesBesideTheRecordedJar() throws IOException {
    // java -jar build/app.jar records "build/app.jar"; its sources are in the Maven layout.
    Path jar = Files.createDirectories(dir.resolve("build")).resolve("app.jar");
    Files.write(jar, new byte[] {'P', 'K', 3, 4});
    LineResults recorded =
        new LineResults(new RunInfo("build/app.jar x", "17", 0, 1), Collections.emptyList());
    assertEquals(Optional.of(jar), ReportPrinter.recordedJar(recorded.run().command(), dir));
    assertEquals(Optional.empty(), ReportPrinter.recordedJar("com.acme.Main x", dir));
    assertEquals(Optional.empty(), ReportPrinter.recordedJar("gone.jar", dir));
  }

  @Test
  void printsTheStatsReportOfFunctionLevelResults() throws IOException {
    FunctionResults first = functionResults(1, 1_000_000);
    ProfWriter.write(first, dir.resolve("app.jar.prof"));

    CliHarness.Result result = CliHarness.in(dir).run("view", "app.jar.prof");

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(StatsReportRenderer.render(first, StatsOptions.defaults()), result.out);
    assertTrue(result.out.contains("         3 method calls in 0.003 seconds\n"), result.out);
    assertEquals("", result.err);
  }

  @Test
  void sumsSeveralFunctionLevelFilesInTheChosenOrder() throws IOException {
    FunctionResults first = functionResults(1, 1_000_000);
    FunctionResults second = functionResults(4, 7_000_000);
    ProfWriter.write(first, dir.resolve("first.prof"));
    ProfWriter.write(second, dir.resolve("second.prof"));

    CliHarness.Result result =
        CliHarness.in(dir).run("view", "-s", "ncalls", "first.prof", "second.prof", "--top", "1");

    assertEquals(0, result.exitCode, result.toString());
    StatsOptions options = StatsOptions.defaults().withSortKey(SortKey.NCALLS).withTop(1);
    FunctionResults merged = FunctionResults.merge(Arrays.asList(first, second));
    assertEquals(StatsReportRenderer.render(merged, options), result.out);
    assertTrue(result.out.contains("         15 method calls in 0.024 seconds\n"), result.out);
  }

  @Test
  void viewsSampledFunctionResultsWithEveryOptionButNeverSumsThemWithTheClocks()
      throws IOException {
    FunctionResults clock = functionResults(1, 1_000_000);
    FunctionResults sampled =
        sampledResults(new SampledStack(new int[] {0}, new int[] {5}, 3, 3_000_000));
    ProfWriter.write(clock, dir.resolve("clock.prof"));
    ProfWriter.write(sampled, dir.resolve("sampled.prof"));
    ProfWriter.write(sampled, dir.resolve("sampled2.prof"));

    CliHarness.Result alone =
        CliHarness.in(dir).run("view", "-s", "tottime", "--top", "2", "sampled.prof");
    assertEquals(0, alone.exitCode, alone.toString());
    assertTrue(
        alone.out.contains("(times from samples, sampled every 1 ms, 40 samples;"), alone.out);
    CliHarness.Result calls =
        CliHarness.in(dir)
            .run("view", "--callers", "Work.st*", "--callees", "Work.run", "sampled.prof");
    assertEquals(0, calls.exitCode, calls.toString());
    assertTrue(calls.out.contains("   samples  tottime  cumtime"), calls.out);
    CliHarness.Result twoRuns = CliHarness.in(dir).run("view", "sampled.prof", "sampled2.prof");
    assertEquals(0, twoRuns.exitCode, twoRuns.toString());
    assertTrue(twoRuns.out.contains("sampled every 1 ms, 80 samples"), twoRuns.out);

    CliHarness.Result both = CliHarness.in(dir).run("view", "clock.prof", "sampled.prof");
    assertEquals(2, both.exitCode, both.toString());
    assertEquals("", both.out);
    assertEquals(
        "jkernprof: cannot merge results timed by the clock with results timed by samples:"
            + " view them one at a time\n",
        both.err);
  }

  /**
   * Folded stacks round-trip: every stack of the file, root first, with its samples; stacks that
   * differ only in their lines are summed, and two files are summed as the report sums them.
   */
  @Test
  void writesTheSampledStacksAsFoldedStacksThatFlameGraphToolsRead() throws IOException {
    FunctionResults sampled =
        sampledResults(
            new SampledStack(new int[] {0}, new int[] {8}, 3, 3_000_000),
            new SampledStack(new int[] {0, 1}, new int[] {8, 13}, 5, 5_000_000),
            new SampledStack(new int[] {0, 1}, new int[] {9, 13}, 2, 2_000_000));
    ProfWriter.write(sampled, dir.resolve("sampled.prof"));
    ProfWriter.write(sampled, dir.resolve("sampled2.prof"));

    CliHarness.Result result =
        CliHarness.in(dir).run("view", "--collapsed", "out.folded", "sampled.prof");
    CliHarness.Result two =
        CliHarness.in(dir)
            .run("view", "--collapsed", "two.folded", "sampled.prof", "sampled2.prof");

    assertEquals(0, result.exitCode, result.toString());
    assertEquals("jkernprof: wrote 2 stacks to out.folded\n", result.err);
    assertTrue(result.out.contains("method calls in"), "the report still printed: " + result.out);
    assertEquals(
        Map.of("com.acme.Work.run", 3L, "com.acme.Work.run;com.acme.Work.step", 7L),
        folded(dir.resolve("out.folded")));
    assertEquals(0, two.exitCode, two.toString());
    assertEquals(
        Map.of("com.acme.Work.run", 6L, "com.acme.Work.run;com.acme.Work.step", 14L),
        folded(dir.resolve("two.folded")));
  }

  /**
   * The clock timer's call paths fold too, each weighing its own nanoseconds, the other paths one
   * frame; two files sum by path.
   */
  @Test
  void writesTheClocksCallPathsAsFoldedStacksOfNanoseconds() throws IOException {
    FunctionResults clock =
        functionResults(1, 1_000_000)
            .withPaths(
                List.of(
                    new CallPath(new int[] {0}, 1, 1_000_000, 2),
                    new CallPath(new int[] {0, 1}, 2, 2_000_000, 0),
                    CallPath.other(1, 700, 0)));
    ProfWriter.write(clock, dir.resolve("clock.prof"));
    ProfWriter.write(clock, dir.resolve("clock2.prof"));

    CliHarness.Result one =
        CliHarness.in(dir).run("view", "--collapsed", "out.folded", "clock.prof");
    CliHarness.Result two =
        CliHarness.in(dir).run("view", "--collapsed", "two.folded", "clock.prof", "clock2.prof");

    assertEquals(0, one.exitCode, one.toString());
    assertEquals("jkernprof: wrote 3 stacks to out.folded\n", one.err);
    assertEquals(
        Map.of(
            "com.acme.Work.run",
            1_000_000L,
            "com.acme.Work.run;com.acme.Work.step",
            2_000_000L,
            "[other_call_paths]",
            700L),
        folded(dir.resolve("out.folded")));
    assertEquals(0, two.exitCode, two.toString());
    assertEquals(
        4_000_000L, folded(dir.resolve("two.folded")).get("com.acme.Work.run;com.acme.Work.step"));
  }

  @Test
  void refusesFoldedStacksWhereTheResultsHaveNoneInOneLine() throws IOException {
    ProfWriter.write(functionResults(1, 1_000_000), dir.resolve("clock.prof"));
    LprofWriter.write(results(3, 3_000), dir.resolve("app.lprof"));
    FunctionResults sampled =
        sampledResults(new SampledStack(new int[] {0}, new int[] {8}, 3, 3_000_000));
    ProfWriter.write(sampled, dir.resolve("sampled.prof"));

    CliHarness.Result clock = CliHarness.in(dir).run("view", "--collapsed", "x", "clock.prof");
    CliHarness.Result lines = CliHarness.in(dir).run("view", "--collapsed", "x", "app.lprof");
    CliHarness.Result nowhere =
        CliHarness.in(dir).run("view", "--collapsed", "no/such/x", "sampled.prof");

    assertEquals(2, clock.exitCode, clock.toString());
    assertEquals(
        "jkernprof: --collapsed needs call stacks, and these results have none: files of the"
            + " clock timer keep their call paths from .prof format 1.4 on; profile again to get"
            + " them\n",
        clock.err);
    assertEquals(2, lines.exitCode, lines.toString());
    assertTrue(lines.err.contains("option '--collapsed' applies to function-level"), lines.err);
    assertEquals(2, nowhere.exitCode, nowhere.toString());
    assertEquals("jkernprof: cannot write no/such/x: no such folder\n", nowhere.err);
    assertFalse(Files.exists(dir.resolve("x")));
  }

  /**
   * {@code --json} writes the results' document and {@code --html} one page that embeds the same
   * document, for line and function results alike; the text report still prints.
   */
  @Test
  void writesTheResultsAsJsonAndAsOnePageEmbeddingTheSameDocument() throws IOException {
    LprofWriter.write(results(3, 3_000), dir.resolve("app.lprof"));
    FunctionResults sampled =
        sampledResults(new SampledStack(new int[] {0, 1}, new int[] {8, 13}, 5, 5_000_000));
    ProfWriter.write(sampled, dir.resolve("sampled.prof"));

    for (String file : List.of("app.lprof", "sampled.prof")) {
      CliHarness.Result result =
          CliHarness.in(dir).run("view", "--json", "out.json", "--html", "out.html", file);

      assertEquals(0, result.exitCode, result.toString());
      assertEquals(
          "jkernprof: wrote the results as JSON to out.json\n"
              + "jkernprof: wrote the HTML report to out.html\n",
          result.err);
      assertFalse(result.out.isEmpty(), "the report still printed");
      String json = Files.readString(dir.resolve("out.json"));
      Object document = JsonText.parse(json);
      String kind = file.endsWith(".lprof") ? "lines" : "functions";
      assertEquals(kind, ((Map<?, ?>) document).get("kind"), json);
      String page = Files.readString(dir.resolve("out.html"));
      String start = "<script type=\"application/json\" id=\"jkernprof-data\">";
      int at = page.indexOf(start);
      assertTrue(at > 0, "the page embeds the document");
      String embedded = page.substring(at + start.length(), page.indexOf("</script>", at));
      assertEquals(json, embedded);
      assertFalse(page.contains("http://") || page.contains("https://"), "no network");
    }
  }

  @Test
  void refusesToWriteAnExportWhereItCannotInOneLine() throws IOException {
    LprofWriter.write(results(3, 3_000), dir.resolve("app.lprof"));
    Files.createDirectories(dir.resolve("folder.html"));

    CliHarness.Result nowhere =
        CliHarness.in(dir).run("view", "--html", "no/such/x.html", "app.lprof");
    CliHarness.Result folder = CliHarness.in(dir).run("view", "--json", "folder.html", "app.lprof");

    assertEquals(2, nowhere.exitCode, nowhere.toString());
    assertEquals("jkernprof: cannot write no/such/x.html: no such folder\n", nowhere.err);
    assertEquals(2, folder.exitCode, folder.toString());
    assertEquals("jkernprof: cannot write folder.html: it is a folder\n", folder.err);
  }

  /** Reads folded stacks back: the samples per stack, as flame graph tools read the lines. */
  private static Map<String, Long> folded(Path file) throws IOException {
    Map<String, Long> stacks = new java.util.HashMap<>();
    for (String line : Files.readAllLines(file)) {
      int space = line.lastIndexOf(' ');
      stacks.merge(line.substring(0, space), Long.parseLong(line.substring(space + 1)), Long::sum);
    }
    return stacks;
  }

  @Test
  void showsCallersAndThenCalleesOfTheMatchingMethods() throws IOException {
    FunctionResults results = functionResults(1, 1_000_000);
    ProfWriter.write(results, dir.resolve("app.prof"));

    CliHarness.Result result =
        CliHarness.in(dir)
            .run(
                "view", "--callees", "Work.run", "--callers", "Work.st*", "app.prof", "-s", "name");

    assertEquals(0, result.exitCode, result.toString());
    StatsOptions options = StatsOptions.defaults().withSortKey(SortKey.NAME);
    assertEquals(
        StatsReportRenderer.renderCallers(results, options, "Work.st*")
            + StatsReportRenderer.renderCallees(results, options, "Work.run"),
        result.out);
    assertTrue(result.out.contains("Work.java:12(Work.step)  <-       2"), result.out);
  }

  @Test
  void tellsTheKindByTheSignatureNotTheName() throws IOException {
    FunctionResults functions = functionResults(1, 1_000_000);
    ProfWriter.write(functions, dir.resolve("methods.lprof"));
    LineResults lines = results(2, 1_000);
    LprofWriter.write(lines, dir.resolve("lines.prof"));

    CliHarness.Result stats = CliHarness.in(dir).run("view", "methods.lprof");
    CliHarness.Result report = CliHarness.in(dir).run("view", "lines.prof");

    assertEquals(StatsReportRenderer.render(functions, StatsOptions.defaults()), stats.out);
    assertEquals(render(lines, ReportOptions.defaults()), report.out);
  }

  @Test
  void rawPrintsFunctionLevelTimesAsMeasured() throws IOException {
    // 2,000,000 steps whose probes cost 300 ns each inside them: 0.600 s of their 1.000 s.
    FunctionStats step =
        new FunctionStats(
                "com.acme.Work",
                "step",
                "()V",
                "Work.java",
                12,
                2_000_000,
                2_000_000,
                1_000_000_000,
                1_000_000_000)
            .withNesting(ProbeShare.counted(0, 0));
    FunctionResults measured =
        FunctionResults.measured(
            new RunInfo("com.acme.Work", "17", 1_700_000_000_000L, 1),
            List.of(step),
            List.of(),
            false,
            new CallProbeCost(300, 20, 1));
    ProfWriter.write(measured, dir.resolve("app.prof"));

    CliHarness.Result less = CliHarness.in(dir).run("view", "app.prof");
    CliHarness.Result raw = CliHarness.in(dir).run("view", "--raw", "app.prof");

    assertEquals(0, raw.exitCode, raw.toString());
    assertTrue(less.out.contains("2000000    0.400    0.000    0.400"), less.out);
    assertTrue(less.out.contains("(less 320.0 ns per call: the profiler's own cost"), less.out);
    assertTrue(raw.out.contains("2000000    1.000    0.000    1.000"), raw.out);
    assertTrue(
        raw.out.contains("(times as measured, the profiler's own cost of 320.0 ns"), raw.out);
    assertEquals(
        StatsReportRenderer.render(measured, StatsOptions.defaults().withRaw(true)), raw.out);
  }

  @Test
  void rawIsExplainedInTheHelpOfBothCommands() throws IOException {
    for (String[] help : new String[][] {{"--help"}, {"view", "--help"}}) {
      CliHarness.Result result = CliHarness.in(dir).run(help);
      assertTrue(
          result
              .out
              .replaceAll("\\s+", " ")
              .contains(
                  "--raw Print the times as measured, without subtracting the profiler's own"
                      + " cost."),
          result.out);
    }
  }

  @Test
  void filesOfEarlierFormatsShowTimesAsMeasuredWithoutANote() throws IOException {
    Path old =
        Paths.get("../results/src/test/resources/results/demo-format-1.1.prof").toAbsolutePath();
    Files.copy(old, dir.resolve("old.prof"));

    CliHarness.Result less = CliHarness.in(dir).run("view", "old.prof");
    CliHarness.Result raw = CliHarness.in(dir).run("view", "--raw", "old.prof");

    assertEquals(0, less.exitCode, less.toString());
    assertEquals(
        StatsReportRenderer.render(ProfReader.read(old), StatsOptions.defaults().withRaw(true)),
        less.out);
    assertEquals(less.out, raw.out);
    assertTrue(
        less.out.startsWith("         179 method calls (3 primitive calls) in 1.051 seconds\n\n"),
        less.out);
  }

  @Test
  void rawIsALineReportOptionToo() throws IOException {
    LineResults lines = results(2, 1_000);
    LprofWriter.write(lines, dir.resolve("lines.lprof"));

    CliHarness.Result raw = CliHarness.in(dir).run("view", "--raw", "lines.lprof");

    assertEquals(0, raw.exitCode, raw.toString());
    assertEquals(render(lines, ReportOptions.defaults().withRaw(true)), raw.out);
  }

  /** The source of the results of {@link #results}: run() at lines 8 to 13, idle() at 18 to 21. */
  private Path writeWorkSource() throws IOException {
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
    return source;
  }

  private String render(LineResults results, ReportOptions options) {
    return TextReportRenderer.render(
        results,
        new SourceResolver(
            SourceResolver.searchPath(Collections.emptyList(), dir, Optional.empty())),
        options);
  }

  /** {@code Work.run} calls {@code Work.step} twice per run; {@code runs} runs in all. */
  /** {@link #functionResults} of one run, as the sampled timer makes them: 40 samples at 1 ms. */
  private static FunctionResults sampledResults(SampledStack... stacks) {
    return functionResults(1, 1_000_000)
        .withSamples(List.of(new Sampling(1_000_000, 40)), Arrays.asList(stacks));
  }

  private static FunctionResults functionResults(long runs, long nanos) {
    FunctionStats run =
        new FunctionStats(
            "com.acme.Work", "run", "()V", "Work.java", 7, runs, runs, nanos, 3 * nanos);
    FunctionStats step =
        new FunctionStats(
            "com.acme.Work",
            "step",
            "()V",
            "Work.java",
            12,
            2 * runs,
            2 * runs,
            2 * nanos,
            2 * nanos);
    return new FunctionResults(
        new RunInfo("com.acme.Work", "17", 1_700_000_000_000L, nanos),
        Arrays.asList(run, step),
        Arrays.asList(
            new CallEdge(CallEdge.UNPROFILED, 0, runs, runs, nanos, 3 * nanos),
            new CallEdge(0, 1, 2 * runs, 2 * runs, 2 * nanos, 2 * nanos)));
  }

  private static LineResults results(long hits, long nanos) {
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
    return new LineResults(
        new RunInfo("com.acme.Work", "17", 1_700_000_000_000L, nanos), Arrays.asList(ran, idle));
  }
}
