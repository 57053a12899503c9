package org.jkernprof.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentArgumentTest {
  private static final Path PLUGIN = Path.of("/repo/plugin.jar");
  private static final Path AGENT = Path.of("/repo/agent.jar");
  private static final ResultsFiles RESULTS =
      new ResultsFiles(Path.of("/p/target/jkernprof/jkernprof.lprof"), false);

  @Test
  void passesTheAgentJarAndAPerJvmOutputThroughTheForkAgent() {
    AgentArgument argument =
        new AgentArgument(PLUGIN, AGENT, RESULTS, false, List.of(), List.of(), false);
    assertEquals(
        "-javaagent:/repo/plugin.jar=/repo/agent.jar|"
            + "output=/p/target/jkernprof/jkernprof-{jvm}.lprof,quiet,mode=line",
        argument.commandLine());
  }

  @Test
  void joinsPatternsWithSemicolonsSinceCommasSeparateAgentOptionsAndAddsMemory() {
    AgentArgument argument =
        new AgentArgument(
            PLUGIN,
            AGENT,
            new ResultsFiles(Path.of("/p/out/x.prof"), true),
            true,
            List.of("a.B#c", "d.E#*"),
            List.of("d.E#f"),
            true);
    assertEquals(
        "output=/p/out/x-{jvm}.prof,quiet,mode=function,include=a.B#c;d.E#*,exclude=d.E#f,memory",
        argument.agentOptions());
  }

  @Test
  void keepsWhatTheArgLineAlreadyHoldsInFront() {
    AgentArgument argument =
        new AgentArgument(PLUGIN, AGENT, RESULTS, false, List.of(), List.of(), false);
    assertEquals(
        "-javaagent:jacoco.jar=destfile=x -Xmx1g " + argument.commandLine(),
        argument.appendTo(" -javaagent:jacoco.jar=destfile=x -Xmx1g "));
    assertEquals(argument.commandLine(), argument.appendTo(null));
    assertEquals(argument.commandLine(), argument.appendTo(""));
  }

  @Test
  void quotesTheArgumentWhenAPathHasABlank() {
    AgentArgument argument =
        new AgentArgument(
            Path.of("/my repo/plugin.jar"), AGENT, RESULTS, false, List.of(), List.of(), false);
    String line = argument.commandLine();
    assertEquals('"', line.charAt(0));
    assertEquals('"', line.charAt(line.length() - 1));
  }
}
