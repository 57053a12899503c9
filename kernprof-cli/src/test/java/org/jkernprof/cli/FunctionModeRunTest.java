package org.jkernprof.cli;

import static org.jkernprof.cli.CliHarness.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jkernprof.report.SortKey;
import org.jkernprof.report.StatsOptions;
import org.jkernprof.report.StatsReportRenderer;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.ProfReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Function-level runs (no {@code -l}): the command the child JVM gets, the default {@code .prof}
 * names, and what is printed after the run. The program runs for real in a child JVM, under {@link
 * StandInFunctionAgent} until the agent's function mode exists.
 */
class FunctionModeRunTest {
  @TempDir static Path build;
  private static SampleProgram sample;
  private static AgentJar standIn;

  @TempDir Path dir;

  @BeforeAll
  static void compileSampleAndAgent() throws IOException {
    sample = SampleProgram.buildIn(build);
    standIn = AgentJar.at(StandInFunctionAgent.jar(build));
  }

  @Test
  void theChildJvmAsksTheAgentForFunctionLevelResults() {
    LaunchTarget target = MainClassTarget.check("sample.Sample", sample.classes().toString(), dir);
    Path results = dir.resolve("sample.Sample.prof");
    List<String> command =
        ChildJvm.command(
            Paths.get("java"),
            Paths.get("/opt/agent.jar"),
            ProfilingMode.FUNCTION,
            results,
            Collections.emptyList(),
            Collections.singletonList("-Xmx1g"),
            target,
            Collections.singletonList("arg"));
    assertEquals(
        Arrays.asList(
            "java",
            "-Xmx1g",
            "-javaagent:/opt/agent.jar=mode=function,output=" + results + ",quiet,verbose=false",
            "-cp",
            sample.classes().toString(),
            "sample.Sample",
            "arg"),
        command);
    // Line mode keeps the agent's default mode, and so its old options.
    assertEquals(
        "-javaagent:/opt/agent.jar=output=" + results + ",quiet,verbose=false",
        ChildJvm.command(
                Paths.get("java"),
                Paths.get("/opt/agent.jar"),
                ProfilingMode.LINE,
                results,
                Collections.emptyList(),
                Collections.emptyList(),
                target,
                Collections.emptyList())
            .get(1));
  }

  @Test
  void profilesAJarIntoJarNameDotProfAndSaysHowToViewIt() throws IOException {
    Files.copy(sample.jar(), dir.resolve("sample.jar"));
    CliHarness.Result result = cli().run("sample.jar", "exit=3");

    assertEquals(3, result.exitCode, result.toString());
    assertEquals(lines("sum=14", "args=exit=3"), result.programOut);
    assertEquals(lines("sample: to stderr"), result.programErr, "the agent took the options");
    assertEquals(
        lines(
            "Wrote profile results to sample.jar.prof",
            "Inspect results with:",
            "jkernprof view sample.jar.prof"),
        result.out);
    assertEquals("", result.err);
    FunctionResults results = ProfReader.read(dir.resolve("sample.jar.prof"));
    assertEquals("sample.jar exit=3", results.run().command());
    assertFalse(Files.exists(dir.resolve("sample.jar.lprof")));
  }

  @Test
  void printsTheStatsReportWithTheChosenOrderAndLength() throws IOException {
    CliHarness.Result result =
        cli()
            .run(
                "-v",
                "--sort",
                "tottime",
                "--top",
                "1",
                "-cp",
                sample.classes().toString(),
                "sample.Sample");

    assertEquals(0, result.exitCode, result.toString());
    FunctionResults results = ProfReader.read(dir.resolve("sample.Sample.prof"));
    String report =
        StatsReportRenderer.render(
            results, StatsOptions.defaults().withSortKey(SortKey.TOTTIME).withTop(1));
    assertTrue(report.contains("List reduced from 2 to 1 due to restriction <1>"), report);
    assertEquals(lines("Wrote profile results to sample.Sample.prof") + report, result.out);
    assertEquals("", result.err);
  }

  @Test
  void writesTheOutfileGiven() throws IOException {
    CliHarness.Result result =
        cli().run("-v", "-o", "run1.out", "-cp", sample.classes().toString(), "sample.Sample");

    assertEquals(0, result.exitCode, result.toString());
    FunctionResults results = ProfReader.read(dir.resolve("run1.out"));
    assertEquals(
        lines("Wrote profile results to run1.out")
            + StatsReportRenderer.render(results, StatsOptions.defaults()),
        result.out);
    assertFalse(Files.exists(dir.resolve("sample.Sample.prof")));
  }

  @Test
  void rawPrintsTheTimesAsMeasured() throws IOException {
    CliHarness.Result less =
        cli().run("-v", "-o", "less.prof", "-cp", sample.classes().toString(), "sample.Sample");
    CliHarness.Result raw =
        cli()
            .run(
                "-v",
                "--raw",
                "-o",
                "raw.prof",
                "-cp",
                sample.classes().toString(),
                "sample.Sample");

    assertEquals(0, raw.exitCode, raw.toString());
    assertTrue(
        less.out.contains(
            "   (less 50.0 ns per call: the profiler's own cost, measured in this run)"),
        less.out);
    FunctionResults results = ProfReader.read(dir.resolve("raw.prof"));
    assertEquals(
        lines("Wrote profile results to raw.prof")
            + StatsReportRenderer.render(results, StatsOptions.defaults().withRaw(true)),
        raw.out);
    assertTrue(
        raw.out.contains(
            "   (times as measured, the profiler's own cost of 50.0 ns per call included)"),
        raw.out);
  }

  private CliHarness cli() {
    return CliHarness.in(dir).withAgent(standIn);
  }
}
