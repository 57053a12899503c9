package org.jkernprof.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code -javaagent:} argument prepare-agent adds to the test JVMs' command line: the plugin
 * jar's {@link ForkAgent}, told where the jkernprof agent is and which options to give it.
 * Immutable.
 */
final class AgentArgument {
  private final Path pluginJar;
  private final Path agentJar;
  private final ResultsFiles results;
  private final boolean functionMode;
  private final List<String> includes;
  private final List<String> excludes;
  private final boolean memory;

  AgentArgument(
      Path pluginJar,
      Path agentJar,
      ResultsFiles results,
      boolean functionMode,
      List<String> includes,
      List<String> excludes,
      boolean memory) {
    this.memory = memory;
    this.pluginJar = pluginJar;
    this.agentJar = agentJar;
    this.results = results;
    this.functionMode = functionMode;
    this.includes = List.copyOf(includes);
    this.excludes = List.copyOf(excludes);
  }

  /**
   * The agent's options: its own results file per JVM, quiet, mode, method patterns, and memory
   * counting if asked.
   */
  String agentOptions() {
    List<String> options = new ArrayList<>();
    options.add("output=" + results.perJvmTemplate(ForkAgent.JVM_ID));
    // The test log is the build log: the report goal says where the results are.
    options.add("quiet");
    options.add("mode=" + (functionMode ? "function" : "line"));
    if (!includes.isEmpty()) {
      options.add("include=" + String.join(";", includes));
    }
    if (!excludes.isEmpty()) {
      options.add("exclude=" + String.join(";", excludes));
    }
    if (memory) {
      options.add("memory");
    }
    return String.join(",", options);
  }

  /** The whole command-line argument, quoted when a path holds a blank, as JaCoCo does. */
  String commandLine() {
    String argument =
        "-javaagent:" + pluginJar + "=" + agentJar + ForkAgent.SEPARATOR + agentOptions();
    return argument.contains(" ") ? '"' + argument + '"' : argument;
  }

  /** {@code existing} with this argument appended, so other agents (JaCoCo's) keep their place. */
  String appendTo(String existing) {
    String before = existing == null ? "" : existing.trim();
    return before.isEmpty() ? commandLine() : before + " " + commandLine();
  }
}
