package org.jkernprof.cli;

import static org.jkernprof.cli.CliHarness.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.LprofWriter;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.ProfReader;
import org.jkernprof.results.ProfWriter;
import org.jkernprof.results.ResultsFormatException;
import org.jkernprof.results.RunInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of bad input ends in one line on standard error, {@code jkernprof: ...} (plus the
 * {@code --help} hint for usage errors), exit code 2, no stack trace, and no program started.
 */
class BadInputTest {
  private static final String HINT = "Try 'jkernprof --help' for more information.";
  private static final String VIEW_HINT = "Try 'jkernprof view --help' for more information.";

  @TempDir static Path build;
  private static SampleProgram sample;

  @TempDir Path dir;

  @BeforeAll
  static void compileSample() throws IOException {
    sample = SampleProgram.buildIn(build);
  }

  @Test
  void rejectsLineReportOptionsWithoutLineByLine() throws IOException {
    for (String[] option :
        Arrays.asList(
            new String[] {"--sort-by-time"},
            new String[] {"-u", "1e-3"},
            new String[] {"--source-path", "src"})) {
      String[] args = Arrays.copyOf(option, option.length + 2);
      args[option.length] = "-v";
      args[option.length + 1] = sample.jar().toString();
      String name = option[0].equals("-u") ? "--unit" : option[0];
      assertUsageError(
          run(args), "option '" + name + "' applies to line-by-line reports only (with -l)", HINT);
    }
  }

  @Test
  void rejectsTimerOptionsThatCannotApply() throws IOException {
    String jar = sample.jar().toString();
    assertUsageError(run("-l", "--timer=cpu", jar), "--timer is clock or sampled, not 'cpu'", HINT);
    assertUsageError(
        run("-l", "--sample-interval", "5", jar),
        "--sample-interval applies to --timer=sampled only",
        HINT);
    assertUsageError(
        run("-l", "--timer=sampled", "--sample-interval", "0.01", jar),
        "--sample-interval is at least 0.1 milliseconds",
        HINT);
    assertUsageError(
        run("-l", "-m", "--timer=sampled", jar),
        "--timer=sampled cannot count memory yet: drop -m, or use the clock timer",
        HINT);
    assertUsageError(
        run("-m", "--timer=sampled", jar),
        "--timer=sampled cannot count memory yet: drop -m, or use the clock timer",
        HINT);
  }

  @Test
  void rejectsFunctionReportOptionsWithLineByLine() throws IOException {
    assertUsageError(
        run("-l", "-s", "tottime", sample.jar().toString()),
        "option '--sort' applies to function-level reports only (without -l)",
        HINT);
    assertUsageError(
        run("-l", "--top", "3", sample.jar().toString()),
        "option '--top' applies to function-level reports only (without -l)",
        HINT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cum", "Cumulative", "percall", ""})
  void listsTheValidKeysForAnUnknownSortKey(String key) throws IOException {
    String message =
        "invalid value for option '--sort': unknown sort key '"
            + key
            + "'; valid keys: cumulative, tottime, ncalls, pcalls, name, filename, line,"
            + " stdname, nfl, cumtime, time, calls, module";
    assertUsageError(run("--sort", key, sample.jar().toString()), message, HINT);
    assertUsageError(run("view", "--sort=" + key, "any.prof"), message, VIEW_HINT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "two", "1.5", "99999999999"})
  void rejectsATopThatIsNotAPositiveWholeNumber(String top) throws IOException {
    assertUsageError(
        run("--top", top, sample.jar().toString()),
        "invalid value for option '--top': '" + top + "' is not a whole number of at least 1",
        HINT);
  }

  @Test
  void refusesToViewLineAndFunctionResultsTogether() throws IOException {
    LprofWriter.write(someResults(), dir.resolve("lines.lprof"));
    ProfWriter.write(someFunctionResults(), dir.resolve("methods.prof"));
    assertInputError(
        run("view", "methods.prof", "lines.lprof"),
        "cannot view lines.lprof and methods.prof together: one holds line-by-line results, the"
            + " other function-level results");
  }

  @Test
  void reportsABadFileBeforeAMixOfKinds() throws IOException {
    ProfWriter.write(someFunctionResults(), dir.resolve("methods.prof"));
    Path garbage = Files.write(dir.resolve("garbage.prof"), new byte[] {1, 2, 3});
    assertInputError(run("view", "methods.prof", "garbage.prof"), readerMessage(garbage));
  }

  @Test
  void reportsACorruptFunctionResultsFile() throws IOException {
    Path whole = dir.resolve("whole.prof");
    ProfWriter.write(someFunctionResults(), whole);
    byte[] bytes = Files.readAllBytes(whole);
    Path truncated =
        Files.write(dir.resolve("truncated.prof"), Arrays.copyOf(bytes, bytes.length - 9));
    assertInputError(
        run("view", "whole.prof", "truncated.prof"),
        assertThrows(ResultsFormatException.class, () -> ProfReader.read(truncated)).getMessage());
  }

  @Test
  void rejectsOptionsThatDoNotFitTheFilesKind() throws IOException {
    LprofWriter.write(someResults(), dir.resolve("lines.lprof"));
    ProfWriter.write(someFunctionResults(), dir.resolve("methods.prof"));
    assertUsageError(
        run("view", "--callers", "main", "lines.lprof"),
        "option '--callers' applies to function-level results only, and lines.lprof holds"
            + " line-by-line results",
        VIEW_HINT);
    assertUsageError(
        run("view", "--callees", "main", "lines.lprof"),
        "option '--callees' applies to function-level results only, and lines.lprof holds"
            + " line-by-line results",
        VIEW_HINT);
    assertUsageError(
        run("view", "--top", "2", "lines.lprof"),
        "option '--top' applies to function-level results only, and lines.lprof holds"
            + " line-by-line results",
        VIEW_HINT);
    assertUsageError(
        run("view", "methods.prof", "--sort-by-time"),
        "option '--sort-by-time' applies to line-by-line results only, and methods.prof holds"
            + " function-level results",
        VIEW_HINT);
  }

  @Test
  void asksForTheProgramWhenNoneIsGiven() throws IOException {
    assertUsageError(
        run("-l", "-v"),
        "missing the program to profile: APP.jar, or -cp CLASSPATH MAIN_CLASS",
        HINT);
  }

  @Test
  void reportsAnUnknownOption() throws IOException {
    assertUsageError(
        run("-l", "--bogus", sample.jar().toString()), "unknown option: '--bogus'", HINT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "0", "-1", "-0", "NaN", "Infinity", "1e400", ""})
  void rejectsAUnitThatIsNotAPositiveNumber(String unit) throws IOException {
    String message =
        "invalid value for option '--unit': '"
            + unit
            + "' is not a positive number of seconds (e.g. 1e-3 for milliseconds)";
    assertUsageError(run("-l", "-u", unit, sample.jar().toString()), message, HINT);
    assertUsageError(run("view", "--unit=" + unit, "any.lprof"), message, VIEW_HINT);
  }

  @Test
  void reportsAMissingJar() throws IOException {
    assertInputError(run("-l", "-v", "missing.jar"), "cannot find the jar file missing.jar");
  }

  @Test
  void reportsAFileThatIsNotAJar() throws IOException {
    Files.write(dir.resolve("notes.jar"), "just text".getBytes(StandardCharsets.UTF_8));
    assertInputError(
        run("-l", "notes.jar"), "notes.jar is not a jar file (it is not in zip format)");
  }

  @Test
  void reportsAFolderGivenAsJar() throws IOException {
    Files.createDirectory(dir.resolve("classes.jar"));
    assertInputError(run("-l", "classes.jar"), "classes.jar is a folder, not a jar file");
  }

  @Test
  void reportsAJarWithoutMainClass() throws IOException {
    SampleProgram.writeJar(dir.resolve("library.jar"), sample.classes(), null);
    assertInputError(
        run("-l", "library.jar", "arg"),
        "library.jar has no Main-Class in its manifest; run it with -cp library.jar MAIN_CLASS");
  }

  @Test
  void reportsAJarWhoseMainClassIsMissing() throws IOException {
    SampleProgram.writeJar(dir.resolve("broken.jar"), sample.classes(), "sample.Missing");
    assertInputError(
        run("-l", "broken.jar"),
        "broken.jar names Main-Class sample.Missing, but that class is neither in the jar nor on"
            + " its manifest Class-Path");
  }

  @Test
  void reportsAMainClassMissingFromTheClassPath() throws IOException {
    String classPath = sample.classes() + File.pathSeparator + sample.jar();
    assertInputError(
        run("-l", "-cp", classPath, "sample.Missing"),
        "cannot find main class sample.Missing on the class path " + classPath);
  }

  @Test
  void reportsAMainClassWhenTheClassPathIsMissing() throws IOException {
    assertInputError(
        run("-l", "--class-path", "no-such-folder", "sample.Sample"),
        "cannot find main class sample.Sample on the class path no-such-folder");
  }

  @Test
  void rejectsAJarTogetherWithAClassPath() throws IOException {
    assertUsageError(
        run("-l", "-cp", sample.classes().toString(), sample.jar().toString()),
        "give either APP.jar or -cp CLASSPATH MAIN_CLASS, not both",
        HINT);
  }

  @Test
  void reportsAResultsFolderThatDoesNotExist() throws IOException {
    Path missing = dir.resolve("no-such-folder");
    assertInputError(
        run("-l", "-o", "no-such-folder/run.lprof", sample.jar().toString()),
        "cannot write results to no-such-folder/run.lprof: folder " + missing + " does not exist");
  }

  @Test
  void reportsAResultsPathWithAComma() throws IOException {
    assertInputError(
        run("-l", "-o", "a,b.lprof", sample.jar().toString()),
        "cannot write results to "
            + dir.resolve("a,b.lprof")
            + ": the path must not contain a comma");
  }

  @Test
  void reportsAMissingAgentJar() throws IOException {
    Path agent = dir.resolve("gone/jkernprof-agent.jar");
    CliHarness.Result result =
        run(CliHarness.in(dir).withAgent(AgentJar.at(agent)), "-l", sample.jar().toString());
    assertInputError(
        result,
        "cannot find the agent jar " + agent + "; build it with: mvn -q package -DskipTests");
  }

  @Test
  void reportsAMissingResultsFileInView() throws IOException {
    Path missing = dir.resolve("missing.lprof");
    assertInputError(run("view", "missing.lprof"), readerMessage(missing));
  }

  @Test
  void reportsACorruptResultsFileInView() throws IOException {
    Path garbage = Files.write(dir.resolve("garbage.lprof"), new byte[] {1, 2, 3, 4, 5});
    assertInputError(run("view", "garbage.lprof"), readerMessage(garbage));

    Path whole = dir.resolve("whole.lprof");
    LprofWriter.write(someResults(), whole);
    byte[] bytes = Files.readAllBytes(whole);
    Path truncated =
        Files.write(dir.resolve("truncated.lprof"), Arrays.copyOf(bytes, bytes.length - 9));
    // A bad file among good ones still fails, and names the bad one.
    assertInputError(run("view", "whole.lprof", "truncated.lprof"), readerMessage(truncated));
  }

  @Test
  void reportsAViewWithoutFiles() throws IOException {
    assertUsageError(run("view", "-z"), "missing required parameter: 'FILE'", VIEW_HINT);
  }

  private CliHarness.Result run(String... args) throws IOException {
    return run(CliHarness.in(dir), args);
  }

  /** Runs the command and checks that it left the working folder as it was. */
  private CliHarness.Result run(CliHarness cli, String... args) throws IOException {
    Set<Path> before = filesIn(dir);
    CliHarness.Result result = cli.run(args);
    assertEquals(before, filesIn(dir), "files in the working folder");
    return result;
  }

  private static Set<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.collect(Collectors.toSet());
    }
  }

  /** LprofReader's own message for the file: it names the file and the fault. */
  private static String readerMessage(Path file) {
    return assertThrows(ResultsFormatException.class, () -> LprofReader.read(file)).getMessage();
  }

  private static FunctionResults someFunctionResults() {
    return new FunctionResults(
        new RunInfo("app.jar", "17", 0, 1),
        Collections.singletonList(new FunctionStats("a.B", "c", "()V", "B.java", 3, 1, 1, 5, 5)),
        Collections.emptyList());
  }

  private static LineResults someResults() {
    return new LineResults(
        new RunInfo("app.jar", "17", 0, 1),
        Collections.singletonList(
            new MethodProfile(
                "a.B",
                "c",
                "()V",
                "B.java",
                5,
                Collections.singletonList(new LineStats(3, 1, 5)))));
  }

  private static void assertUsageError(CliHarness.Result result, String message, String hint) {
    assertEquals(2, result.exitCode, result.toString());
    assertEquals(lines("jkernprof: " + message, hint), result.err, result.toString());
    assertNothingElseHappened(result);
  }

  private static void assertInputError(CliHarness.Result result, String message) {
    assertEquals(2, result.exitCode, result.toString());
    assertEquals(lines("jkernprof: " + message), result.err, result.toString());
    assertNothingElseHappened(result);
  }

  private static void assertNothingElseHappened(CliHarness.Result result) {
    assertEquals("", result.out, "standard output");
    assertEquals("", result.programOut, "no program ran");
  }
}
