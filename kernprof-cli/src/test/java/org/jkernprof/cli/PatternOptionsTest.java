package org.jkernprof.cli;

import static org.jkernprof.cli.CliHarness.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --include} and {@code --exclude}: checked as the agent reads them, then passed to it. */
class PatternOptionsTest {
  @TempDir static Path build;
  private static SampleProgram sample;

  @TempDir Path dir;

  @BeforeAll
  static void compileSample() throws IOException {
    sample = SampleProgram.buildIn(build);
  }

  @Test
  void patternsAreRepeatableAndMaySeparateWithSemicolons() {
    CommandLineOf cli = new CommandLineOf();
    ProfileCommand command =
        cli.profile(
            "-l",
            "--include",
            "com.acme.**",
            "--include= org.foo.Bar#run ;org.foo.Baz",
            "--exclude",
            "com.acme.gen.*",
            "app.jar",
            "--include",
            "x");
    assertEquals(
        Arrays.asList("com.acme.**", "org.foo.Bar#run", "org.foo.Baz"), command.profiling.includes);
    assertEquals(Arrays.asList("com.acme.gen.*"), command.profiling.excludes);
    assertEquals(Arrays.asList("--include", "x"), command.programArguments, "the program's own");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--include|#run|'#run' is not a valid pattern: no class before '#'; write CLASS#METHOD,"
            + " e.g. com.acme.Report#build*",
        "--exclude|com/acme/Report|'com/acme/Report' is not a valid pattern: write class names"
            + " with dots (com.acme.Report), not slashes",
        "--include|''|'' is not a valid pattern: it is empty; write CLASS or CLASS#METHOD, e.g."
            + " com.acme.Report#build*",
        "--include|com.acme.*;;x|'' is not a valid pattern: it is empty; write CLASS or"
            + " CLASS#METHOD, e.g. com.acme.Report#build*",
        "--include|a,b|'a,b' is not a valid pattern: ',' cannot be part of a class name",
      })
  void anInvalidPatternIsAUsageErrorAndNoProgramRuns(String option, String pattern, String why)
      throws IOException {
    CliHarness.Result result =
        CliHarness.in(dir).run("-l", option, pattern, "-cp", sample.classes().toString(), "x.Y");
    assertEquals(2, result.exitCode, result.toString());
    assertEquals(
        lines(
            "jkernprof: invalid value for option '" + option + "' (PATTERN): " + why,
            "Try 'jkernprof --help' for more information."),
        result.err,
        result.toString());
    assertEquals("", result.out);
    assertEquals("", result.programOut, "no program ran");
  }

  @Test
  void includedMethodsAreProfiledAndExcludedOnesAreNotEvenIfMarked() throws IOException {
    CliHarness.Result result =
        CliHarness.in(dir)
            .run(
                "-l",
                "--include",
                "sample.Sample#main",
                "--exclude",
                "sample.Sample#sumOf*",
                "-o",
                "run.lprof",
                "-cp",
                sample.classes().toString(),
                "sample.Sample");

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(lines("sample: to stderr"), result.programErr, "no warning from the agent");
    LineResults results = LprofReader.read(dir.resolve("run.lprof"));
    assertEquals(Set.of("sample.Sample.main"), qualifiedNames(results));
    assertTrue(results.methods().get(0).totalNanos() > 0, "main ran under the probes");
  }

  @Test
  void aPackagePatternProfilesEveryMethodOfItsClasses() throws IOException {
    CliHarness.Result result =
        CliHarness.in(dir)
            .run(
                "-l", "--include", "sample.*", "-cp", sample.classes().toString(), "sample.Sample");

    assertEquals(0, result.exitCode, result.toString());
    LineResults results = LprofReader.read(dir.resolve("sample.Sample.lprof"));
    assertEquals(
        Set.of("sample.Sample.<init>", "sample.Sample.main", "sample.Sample.sumOfSquares"),
        qualifiedNames(results));
    sample.assertProfiledOnce(results);
  }

  @Test
  void helpDescribesBothOptions() {
    String help = new CommandLineOf().help();
    assertTrue(help.contains("--include=PATTERN"), help);
    assertTrue(help.contains("--exclude=PATTERN"), help);
    assertTrue(help.contains("com.acme.Report#build*"), help);
  }

  private static Set<String> qualifiedNames(LineResults results) {
    Set<String> names = new TreeSet<>();
    for (MethodProfile m : results.methods()) {
      names.add(m.qualifiedName());
    }
    return names;
  }

  /** The command line parsed without running anything. */
  private static final class CommandLineOf {
    private final picocli.CommandLine cli =
        Main.commandLine(
            new RunEnvironment(
                Paths.get("/work/dir").toAbsolutePath(),
                Paths.get("java"),
                AgentJar.at(Paths.get("agent.jar")),
                Redirect.INHERIT,
                Redirect.INHERIT,
                Redirect.INHERIT));

    ProfileCommand profile(String... args) {
      cli.parseArgs(args);
      return cli.getCommand();
    }

    String help() {
      java.io.StringWriter out = new java.io.StringWriter();
      cli.setOut(new java.io.PrintWriter(out));
      cli.execute("--help");
      return out.toString();
    }
  }
}
