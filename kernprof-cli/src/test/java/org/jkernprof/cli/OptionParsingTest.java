package org.jkernprof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.OptionalInt;
import org.jkernprof.report.ReportOptions;
import org.jkernprof.report.SortKey;
import org.jkernprof.report.StatsOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** How command lines are taken apart, before anything runs. */
class OptionParsingTest {
  private static final Path WORKING_DIRECTORY = Paths.get("/work/dir").toAbsolutePath();

  private final CommandLine cli =
      Main.commandLine(
          new RunEnvironment(
              WORKING_DIRECTORY,
              Paths.get("java"),
              AgentJar.at(Paths.get("agent.jar")),
              Redirect.INHERIT,
              Redirect.INHERIT,
              Redirect.INHERIT));

  private ProfileCommand profile(String... args) {
    cli.parseArgs(args);
    return cli.getCommand();
  }

  private ViewCommand view(String... args) {
    cli.parseArgs(args);
    return cli.getSubcommands().get("view").getCommand();
  }

  @Test
  void theSampledTimerWithoutLineByLineTimesCalls() {
    ProfileCommand command = profile("--timer=sampled", "--sample-interval", "2", "-v", "app.jar");
    assertFalse(command.lineByLine);
    assertEquals(Arrays.asList("timer=sampled", "sample-interval=2.0"), command.agentOptions());
  }

  @Test
  void everythingAfterTheProgramBelongsToTheProgram() {
    ProfileCommand command =
        profile("-l", "app.jar", "-v", "--outfile", "x", "-J-Xmx1g", "view", "--", "--help");
    assertEquals("app.jar", command.program);
    assertEquals(
        Arrays.asList("-v", "--outfile", "x", "-J-Xmx1g", "view", "--", "--help"),
        command.programArguments);
    assertFalse(command.view);
    assertNull(command.outfile);
    assertEquals(Collections.emptyList(), command.jvmOptions);
  }

  @Test
  void readsEveryProfilingOption() {
    ProfileCommand command =
        profile(
            "--line-by-line",
            "--view",
            "-o",
            "out.lprof",
            "-J-Xmx2g",
            "-J",
            "-Dkey=value",
            "-cp",
            "classes",
            "-u",
            "1e-3",
            "-z",
            "--summarize",
            "--source-path",
            "src" + File.pathSeparator + "more/src",
            "--source-path=other",
            "com.acme.Main",
            "arg");
    assertTrue(command.lineByLine);
    assertTrue(command.view);
    assertEquals("out.lprof", command.outfile);
    assertEquals(Arrays.asList("-Xmx2g", "-Dkey=value"), command.jvmOptions);
    assertEquals("classes", command.classPath);
    assertEquals("com.acme.Main", command.program);
    assertEquals(Collections.singletonList("arg"), command.programArguments);
    ReportOptions options = command.report.reportOptions();
    assertEquals(1e-3, options.unitSeconds());
    assertTrue(options.skipZero());
    assertTrue(options.summarize());
    assertEquals(
        Arrays.asList(
            WORKING_DIRECTORY.resolve("src"),
            WORKING_DIRECTORY.resolve("more/src"),
            WORKING_DIRECTORY.resolve("other")),
        command.report.sourceRoots(WORKING_DIRECTORY));
  }

  @Test
  void readsQuietSortAndColourOptions() {
    ProfileCommand command =
        profile("-l", "-v", "-q", "-t", "-r", "--color=always", "app.jar", "-q", "-t");
    assertTrue(command.quiet);
    assertTrue(command.report.sortByTime);
    assertTrue(command.report.rich);
    assertEquals(ColorMode.ALWAYS, command.report.color);
    assertEquals(Arrays.asList("-q", "-t"), command.programArguments);
    ReportOptions options = command.report.reportOptions();
    assertTrue(options.sortByTime());
    assertTrue(options.color());

    ProfileCommand longNames = profile("-l", "--quiet", "--sort-by-time", "--rich", "app.jar");
    assertTrue(longNames.quiet);
    assertTrue(longNames.report.sortByTime);
    assertTrue(longNames.report.rich);
    assertNull(longNames.report.color);

    ViewCommand view = view("view", "a.lprof", "-t", "--color", "never", "-r");
    assertTrue(view.report.sortByTime);
    assertEquals(ColorMode.NEVER, view.report.color);
    assertFalse(view.report.reportOptions().color());
  }

  @Test
  void takesJvmOptionsThatLookLikeOurs() {
    ProfileCommand command = profile("-l", "-J", "-v", "-J-ea", "-J", "-cp", "app.jar");
    assertEquals(Arrays.asList("-v", "-ea", "-cp"), command.jvmOptions);
    assertFalse(command.view);
    assertNull(command.classPath);
    assertEquals("app.jar", command.program);
  }

  @Test
  void acceptsEverySpellingOfTheClassPathOption() {
    for (String option : Arrays.asList("-cp", "-classpath", "--classpath", "--class-path")) {
      assertEquals("lib/*", profile("-l", option, "lib/*", "Main").classPath, option);
    }
  }

  @Test
  void defaultsToLine_profilersReportOptions() {
    ProfileCommand command = profile("-l", "app.jar");
    ReportOptions options = command.report.reportOptions();
    assertEquals(ReportOptions.DEFAULT_UNIT_SECONDS, options.unitSeconds());
    assertFalse(options.skipZero());
    assertFalse(options.summarize());
    assertFalse(options.sortByTime());
    assertFalse(options.color());
    assertFalse(command.quiet);
    assertEquals(Collections.emptyList(), command.report.sourceRoots(WORKING_DIRECTORY));
  }

  @Test
  void readsTheFunctionLevelOptions() {
    ProfileCommand command = profile("-v", "-s", "tottime", "--top=5", "-z", "app.jar", "-s");
    assertFalse(command.lineByLine);
    StatsOptions options = command.report.statsOptions();
    assertEquals(SortKey.TOTTIME, options.sortKey());
    assertEquals(OptionalInt.of(5), options.top());
    assertTrue(options.skipZero());
    assertEquals(Collections.singletonList("-s"), command.programArguments);
  }

  @Test
  void takesPstatsAliasesForSortKeys() {
    assertEquals(SortKey.CUMULATIVE, profile("--sort", "cumtime", "app.jar").report.sortKey);
    assertEquals(SortKey.NCALLS, profile("--sort=calls", "app.jar").report.sortKey);
    assertEquals(SortKey.NFL, profile("-snfl", "app.jar").report.sortKey);
  }

  @Test
  void defaultsToCumulativeOrderAndEveryMethod() {
    StatsOptions options = profile("app.jar").report.statsOptions();
    assertEquals(SortKey.CUMULATIVE, options.sortKey());
    assertEquals(OptionalInt.empty(), options.top());
    assertFalse(options.skipZero());
  }

  @Test
  void viewTakesCallersAndCalleesPatterns() {
    ViewCommand command =
        view("view", "--callers", "Main.run*", "x.prof", "--callees=gen?", "-s", "name");
    assertEquals("Main.run*", command.callers);
    assertEquals("gen?", command.callees);
    assertEquals(SortKey.NAME, command.report.statsOptions().sortKey());
    assertEquals(Collections.singletonList("x.prof"), command.files);
  }

  @Test
  void viewTakesOptionsBeforeAndAfterItsFiles() {
    ViewCommand command = view("view", "-z", "a.lprof", "--unit", "1", "b.lprof", "--summarize");
    assertEquals(Arrays.asList("a.lprof", "b.lprof"), command.files);
    ReportOptions options = command.report.reportOptions();
    assertEquals(1.0, options.unitSeconds());
    assertTrue(options.skipZero());
    assertTrue(options.summarize());
  }

  @Test
  void helpShowsBothFormsAnExampleAndView() {
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute("--help"));
    String help = out.toString();
    assertTrue(help.contains("jkernprof [-l] [-v] [OPTIONS] APP.jar [ARGS...]"), help);
    assertTrue(
        help.contains("jkernprof [-l] [-v] [OPTIONS] -cp CLASSPATH MAIN_CLASS [ARGS...]"), help);
    assertTrue(help.contains("jkernprof view [OPTIONS] FILE.lprof|FILE.prof [FILE...]"), help);
    assertTrue(help.contains("cumulative (the default)"), help);
    assertTrue(help.contains("Examples:"), help);
    assertTrue(help.contains("  jkernprof -l -v demo/target/demo.jar"), help);
    assertTrue(help.contains("-J=<jvm-option>"), help);
  }

  @Test
  void helpOfBothCommandsPrintsWithoutPicocliWarnings() {
    for (String[] args : new String[][] {{"--help"}, {"view", "--help"}}) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cli.setOut(new PrintWriter(out));
      cli.setErr(new PrintWriter(err));
      // picocli formats option descriptions; an unescaped % makes it warn on standard error.
      PrintStream systemErr = System.err;
      ByteArrayOutputStream warnings = new ByteArrayOutputStream();
      System.setErr(new PrintStream(warnings, true));
      try {
        assertEquals(0, cli.execute(args));
      } finally {
        System.setErr(systemErr);
      }
      assertEquals("", err.toString() + warnings, String.join(" ", args));
      assertTrue(
          out.toString()
              .replaceAll("\\s+", " ")
              .contains("% Time faint below 1 %, yellow from 10 %, bold red from 30 %."),
          out.toString());
    }
  }

  @Test
  void versionComesFromTheBuild() {
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute("--version"));
    // Maven filtered the version into the resource: no placeholder, no "unknown".
    assertTrue(
        out.toString().matches("jkernprof \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), out.toString());
  }

  @Test
  void printsResultsFileNamesAsOneArgumentForView() {
    assertEquals("demo.jar.lprof", ProfileCommand.shellQuoted("demo.jar.lprof"));
    assertEquals("out/run-1.lprof", ProfileCommand.shellQuoted("out/run-1.lprof"));
    assertEquals("'my run.lprof'", ProfileCommand.shellQuoted("my run.lprof"));
    assertEquals("'it'\\''s.lprof'", ProfileCommand.shellQuoted("it's.lprof"));
    assertEquals("./-v.lprof", ProfileCommand.asArgument("-v.lprof"));
    assertEquals("/tmp/-v.lprof", ProfileCommand.asArgument("/tmp/-v.lprof"));
  }
}
