package org.jkernprof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** When the report is coloured: -r, --color=auto|always|never, the terminal, NO_COLOR and TERM. */
class ColorModeTest {
  private static final Terminal TERMINAL = new Terminal(true, Map.of("TERM", "xterm-256color"));
  private static final Terminal PIPE = new Terminal(false, Map.of("TERM", "xterm-256color"));

  @Test
  void withoutAnyOptionThereIsNoColourEvenInATerminal() {
    assertFalse(ColorMode.useColor(false, null, TERMINAL));
  }

  @Test
  void richColoursOnlyATerminal() {
    assertTrue(ColorMode.useColor(true, null, TERMINAL));
    assertFalse(ColorMode.useColor(true, null, PIPE));
    assertTrue(ColorMode.useColor(true, ColorMode.AUTO, TERMINAL));
    assertFalse(ColorMode.useColor(true, ColorMode.AUTO, PIPE));
  }

  @Test
  void colorAutoAloneActsLikeRich() {
    assertTrue(ColorMode.useColor(false, ColorMode.AUTO, TERMINAL));
    assertFalse(ColorMode.useColor(false, ColorMode.AUTO, PIPE));
  }

  @Test
  void autoRespectsNoColorUnlessItIsEmpty() {
    assertFalse(ColorMode.useColor(true, null, new Terminal(true, Map.of("NO_COLOR", "1"))));
    assertFalse(ColorMode.useColor(true, null, new Terminal(true, Map.of("NO_COLOR", "no"))));
    assertTrue(ColorMode.useColor(true, null, new Terminal(true, Map.of("NO_COLOR", ""))));
  }

  @Test
  void autoLeavesADumbTerminalPlain() {
    assertFalse(ColorMode.useColor(true, null, new Terminal(true, Map.of("TERM", "dumb"))));
    // A console without TERM (Windows) still shows colours.
    assertTrue(ColorMode.useColor(true, null, new Terminal(true, Map.of())));
  }

  @Test
  void alwaysWinsOverThePipeNoColorAndTerm() {
    Terminal hostile = new Terminal(false, Map.of("NO_COLOR", "1", "TERM", "dumb"));
    assertTrue(ColorMode.useColor(false, ColorMode.ALWAYS, hostile));
    assertTrue(ColorMode.useColor(true, ColorMode.ALWAYS, hostile));
  }

  @Test
  void neverWinsOverRichInATerminal() {
    assertFalse(ColorMode.useColor(true, ColorMode.NEVER, TERMINAL));
    assertFalse(ColorMode.useColor(false, ColorMode.NEVER, TERMINAL));
  }

  @Test
  void theParsedOptionsDecideForTheTerminalTheyAreGiven() {
    assertTrue(view("view", "-r", "x.lprof").reportOptions(TERMINAL).color());
    assertFalse(view("view", "-r", "x.lprof").reportOptions(PIPE).color());
    assertFalse(view("view", "x.lprof").reportOptions(TERMINAL).color());
    assertTrue(view("view", "--color=ALWAYS", "x.lprof").reportOptions(PIPE).color());
    assertFalse(view("view", "-r", "--color", "never", "x.lprof").reportOptions(TERMINAL).color());
  }

  @Test
  void anUnknownWhenIsAUsageError() {
    CommandLine cli = commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    assertEquals(2, cli.execute("view", "--color=sometimes", "x.lprof"));
    assertEquals(
        "jkernprof: invalid value for option '--color': 'sometimes' is not one of auto, always,"
            + " never\n"
            + "Try 'jkernprof view --help' for more information.\n",
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  private static ReportSettings view(String... args) {
    CommandLine cli = commandLine();
    cli.parseArgs(args);
    return ((ViewCommand) cli.getSubcommands().get("view").getCommand()).report;
  }

  private static CommandLine commandLine() {
    return Main.commandLine(
        new RunEnvironment(
            Paths.get("").toAbsolutePath(),
            Paths.get("java"),
            AgentJar.at(Paths.get("agent.jar")),
            Redirect.INHERIT,
            Redirect.INHERIT,
            Redirect.INHERIT));
  }
}
