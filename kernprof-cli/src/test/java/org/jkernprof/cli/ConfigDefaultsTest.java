package org.jkernprof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import org.jkernprof.report.ReportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Default options from {@code jkernprof.properties}, read before the command line. */
class ConfigDefaultsTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void everyKindOfOptionTakesItsDefaultFromTheFile() throws IOException {
    config(
        dir,
        "unit=1e-3",
        "skip-zero=true",
        "summarize = true",
        "source-path=src/a:src/b",
        "output-interval=5",
        "start-disabled=true",
        "view=true",
        "outfile=run.lprof");

    ProfileCommand command = profile(dir, "-l", "app.jar");

    ReportOptions options = command.report.reportOptions();
    assertEquals(1e-3, options.unitSeconds());
    assertTrue(options.skipZero());
    assertTrue(options.summarize());
    assertEquals(
        Arrays.asList(dir.resolve("src/a"), dir.resolve("src/b")), command.report.sourceRoots(dir));
    assertTrue(command.view);
    assertEquals("run.lprof", command.outfile);
    assertEquals(Arrays.asList("interval=5.0", "start=disabled"), command.agentOptions());
  }

  @Test
  void optionsOnTheCommandLineWin() throws IOException {
    config(
        dir,
        "unit=1e-3",
        "skip-zero=true",
        "summarize=false",
        "source-path=from-file",
        "output-interval=5");

    ProfileCommand command =
        profile(
            dir,
            "-l",
            "-u",
            "1",
            "--skip-zero=false",
            "--summarize",
            "--source-path",
            "given",
            "-i",
            "0.5",
            "app.jar");

    ReportOptions options = command.report.reportOptions();
    assertEquals(1.0, options.unitSeconds());
    assertFalse(options.skipZero());
    assertTrue(options.summarize());
    assertEquals(Collections.singletonList(dir.resolve("given")), command.report.sourceRoots(dir));
    assertEquals(Collections.singletonList("interval=0.5"), command.agentOptions());
  }

  @Test
  void aFlagGivenOnTheCommandLineStaysOnWhenTheFileAlreadyTurnsItOn() throws IOException {
    config(dir, "skip-zero=true", "view=true", "line-by-line=true");

    ProfileCommand command = profile(dir, "-l", "-v", "-z", "app.jar");

    assertTrue(command.lineByLine);
    assertTrue(command.view);
    assertTrue(command.report.reportOptions().skipZero());
  }

  @Test
  void viewTakesTheReportKeysAndIgnoresTheProfilingOnes() throws IOException {
    config(dir, "unit=1", "summarize=true", "output-interval=5", "view=true");

    CommandLine cli = cli(dir);
    cli.parseArgs("view", "a.lprof");
    ViewCommand command = cli.getSubcommands().get("view").getCommand();

    assertEquals(1.0, command.report.reportOptions().unitSeconds());
    assertTrue(command.report.reportOptions().summarize());
  }

  @Test
  void theNearestFileInTheWorkingFolderOrAboveWins() throws IOException {
    Path middle = Files.createDirectories(dir.resolve("middle"));
    Path working = Files.createDirectories(middle.resolve("working"));
    config(dir, "unit=1", "skip-zero=true");
    config(middle, "unit=1e-3");

    ProfileCommand command = profile(working, "-l", "app.jar");

    assertEquals(1e-3, command.report.reportOptions().unitSeconds());
    assertFalse(command.report.reportOptions().skipZero(), "only the nearest file is read");
  }

  @Test
  void aFolderNamedLikeTheFileIsNotTakenForIt() throws IOException {
    Files.createDirectories(dir.resolve(ConfigFile.NAME));
    assertEquals(
        ReportOptions.DEFAULT_UNIT_SECONDS,
        profile(dir, "-l", "app.jar").report.reportOptions().unitSeconds());
  }

  @Test
  void anUnknownKeyIsOneLineNamingTheFileAndTheValidKeys() throws IOException {
    Path file = config(dir, "unit=1e-3", "unti=1e-6");

    int exitCode = execute(dir, "view", "a.lprof");

    assertEquals(2, exitCode);
    String line = theOnlyErrorLine();
    assertTrue(line.startsWith("jkernprof: error in " + file + ": unknown key 'unti'"), line);
    assertTrue(line.contains("valid keys: "), line);
    assertTrue(line.contains("output-interval"), line);
    assertTrue(line.contains("skip-zero"), line);
    assertFalse(line.contains("help"), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"unit=fast", "unit=-1", "skip-zero=yes", "output-interval=0", "outfile="})
  void aValueTheOptionWouldRefuseIsOneLineNamingTheFileAndTheEntry(String entry)
      throws IOException {
    Path file = config(dir, entry);

    int exitCode = execute(dir, "-l", "app.jar");

    assertEquals(2, exitCode);
    String line = theOnlyErrorLine();
    assertTrue(line.startsWith("jkernprof: error in " + file + ": " + entry + ": "), line);
  }

  @Test
  void aFileThatIsNotAPropertiesFileIsOneLine() throws IOException {
    Path file = dir.resolve(ConfigFile.NAME);
    Files.write(file, "unit=\\u12zz\n".getBytes(StandardCharsets.UTF_8));

    int exitCode = execute(dir, "--version");

    assertEquals(2, exitCode);
    String line = theOnlyErrorLine();
    assertTrue(line.startsWith("jkernprof: cannot read " + file + ": "), line);
  }

  @Test
  void withoutAFileTheDefaultsAreTheBuiltInOnes() {
    // The temporary folder's ancestors hold no jkernprof.properties on a test machine.
    assertFalse(ConfigFile.find(dir).isPresent(), "a jkernprof.properties above " + dir);
    ProfileCommand command = profile(dir, "-l", "app.jar");
    assertEquals(ReportOptions.DEFAULT_UNIT_SECONDS, command.report.reportOptions().unitSeconds());
    assertEquals(Collections.emptyList(), command.agentOptions());
  }

  private static Path config(Path folder, String... lines) throws IOException {
    return Files.write(
        folder.resolve(ConfigFile.NAME), Arrays.asList(lines), StandardCharsets.UTF_8);
  }

  private CommandLine cli(Path workingDirectory) {
    CommandLine cli =
        Main.commandLine(
            new RunEnvironment(
                workingDirectory,
                Paths.get("java"),
                AgentJar.at(Paths.get("agent.jar")),
                Redirect.INHERIT,
                Redirect.INHERIT,
                Redirect.INHERIT));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli;
  }

  private ProfileCommand profile(Path workingDirectory, String... args) {
    CommandLine cli = cli(workingDirectory);
    cli.parseArgs(args);
    return cli.getCommand();
  }

  private int execute(Path workingDirectory, String... args) {
    return cli(workingDirectory).execute(args);
  }

  private String theOnlyErrorLine() {
    String[] lines = err.toString().split("\\R");
    assertEquals(1, lines.length, err.toString());
    assertEquals("", out.toString());
    return lines[0];
  }
}
