package org.jkernprof.agent;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jkernprof.agent.instr.MethodPattern;
import org.jkernprof.agent.instr.MethodSelection;

/**
 * The agent's options, from {@code -javaagent:jkernprof-agent.jar=key=value,flag,...}. Immutable.
 *
 * <ul>
 *   <li>{@code output=FILE}: where to write the results (default: the program's jar or main class
 *       name plus {@code .lprof}, in the working directory)
 *   <li>{@code verbose}: also print the line report to standard output at exit
 *   <li>{@code quiet}: do not say where the results were written
 *   <li>{@code mode=line} (the default): line-profile {@code @Profile} methods; {@code
 *       mode=function}: count and time every call of every method of the application's classes, as
 *       cProfile does, and write a {@code .prof} file
 *   <li>{@code include=PATTERN}, {@code exclude=PATTERN}: profile the matching methods as if marked
 *       {@code @Profile}, or never; repeat the key (commas separate options) or separate patterns
 *       with {@code ;}. In function mode they narrow which methods are profiled.
 * </ul>
 */
final class AgentOptions {
  static final String VALID =
      "output=FILE, verbose, quiet, mode=line|function, include=PATTERN, exclude=PATTERN";

  private final Optional<Path> output;
  private final boolean verbose;
  private final boolean quiet;
  private final boolean functionMode;
  private final MethodSelection selection;

  private AgentOptions(
      Optional<Path> output,
      boolean verbose,
      boolean quiet,
      boolean functionMode,
      MethodSelection selection) {
    this.output = output;
    this.verbose = verbose;
    this.quiet = quiet;
    this.functionMode = functionMode;
    this.selection = selection;
  }

  /** Parses the option string; {@code null} or empty means all defaults. */
  static AgentOptions parse(String options) {
    Optional<Path> output = Optional.empty();
    boolean verbose = false;
    boolean quiet = false;
    boolean functionMode = false;
    List<MethodPattern> includes = new ArrayList<>();
    List<MethodPattern> excludes = new ArrayList<>();
    if (options != null && !options.trim().isEmpty()) {
      for (String option : options.split(",")) {
        String trimmed = option.trim();
        int eq = trimmed.indexOf('=');
        String key = eq < 0 ? trimmed : trimmed.substring(0, eq);
        String value = eq < 0 ? null : trimmed.substring(eq + 1);
        switch (key) {
          case "output":
            if (value == null || value.isEmpty()) {
              throw new IllegalArgumentException("agent option 'output' needs a file: output=FILE");
            }
            output = Optional.of(Paths.get(value));
            break;
          case "verbose":
            verbose = flag(key, value);
            break;
          case "quiet":
            quiet = flag(key, value);
            break;
          case "mode":
            if (!"line".equals(value) && !"function".equals(value)) {
              throw new IllegalArgumentException(
                  "agent option 'mode' is line or function, not '" + value + "'");
            }
            functionMode = "function".equals(value);
            break;
          case "include":
            includes.addAll(patterns(key, value));
            break;
          case "exclude":
            excludes.addAll(patterns(key, value));
            break;
          default:
            throw new IllegalArgumentException(
                "unknown agent option '" + trimmed + "'; valid options are: " + VALID);
        }
      }
    }
    return new AgentOptions(
        output, verbose, quiet, functionMode, MethodSelection.of(includes, excludes));
  }

  /** {@code a;b} → both patterns; an empty one between, before or after {@code ;} is an error. */
  private static List<MethodPattern> patterns(String key, String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(
          "agent option '" + key + "' needs a pattern: " + key + "=com.acme.Report#build*");
    }
    List<MethodPattern> patterns = new ArrayList<>();
    for (String pattern : value.split(";", -1)) {
      try {
        patterns.add(MethodPattern.parse(pattern));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("agent option '" + key + "': " + e.getMessage(), e);
      }
    }
    return patterns;
  }

  private static boolean flag(String key, String value) {
    if (value == null || value.equals("true")) {
      return true;
    }
    if (value.equals("false")) {
      return false;
    }
    throw new IllegalArgumentException(
        "agent option '" + key + "' takes no value (or true/false), not '" + value + "'");
  }

  /** The results file: the {@code output} option, or a name derived from the command. */
  Path output(String javaCommand) {
    return output.orElseGet(
        () -> Paths.get(defaultFileName(javaCommand, functionMode ? ".prof" : ".lprof")));
  }

  /**
   * {@code app.jar.lprof} for {@code java -jar path/app.jar}, {@code com.acme.Main.lprof} for a
   * main class, as kernprof names {@code script.py.lprof}.
   */
  static String defaultFileName(String javaCommand, String extension) {
    String program = javaCommand == null ? "" : javaCommand.trim().split("\\s+", 2)[0];
    if (program.isEmpty()) {
      return "jkernprof" + extension;
    }
    String name = Paths.get(program).getFileName().toString();
    return name + extension;
  }

  boolean functionMode() {
    return functionMode;
  }

  boolean verbose() {
    return verbose;
  }

  boolean quiet() {
    return quiet;
  }

  /** The {@code include} and {@code exclude} patterns; without any, it selects nothing. */
  MethodSelection selection() {
    return selection;
  }
}
