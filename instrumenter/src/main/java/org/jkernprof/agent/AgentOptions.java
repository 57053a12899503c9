package org.jkernprof.agent;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The agent's options, from {@code -javaagent:jkernprof-agent.jar=key=value,flag,...}. Immutable.
 *
 * <ul>
 *   <li>{@code output=FILE}: where to write the results (default: the program's jar or main class
 *       name plus {@code .lprof}, in the working directory)
 *   <li>{@code verbose}: also print the line report to standard output at exit
 *   <li>{@code quiet}: do not say where the results were written
 *   <li>{@code interval=SECONDS}: also rewrite the results file every SECONDS while the program
 *       runs, so a killed JVM loses at most one interval
 *   <li>{@code start=disabled}: record nothing until the program calls {@code JKernprof.enable()}
 *       ({@code start=enabled} is the default)
 * </ul>
 *
 * <p>The environment variable {@code JKERNPROF=1} (or {@code true}) turns {@code verbose} on unless
 * the options say {@code verbose=false}.
 */
final class AgentOptions {
  static final String VALID =
      "output=FILE, verbose, quiet, interval=SECONDS, start=enabled|disabled";

  /** The environment variable that turns {@code verbose} on. */
  static final String ENVIRONMENT_VARIABLE = "JKERNPROF";

  private final Optional<Path> output;
  private final boolean verbose;
  private final boolean quiet;
  private final OptionalDouble intervalSeconds;
  private final boolean startEnabled;

  private AgentOptions(
      Optional<Path> output,
      boolean verbose,
      boolean quiet,
      OptionalDouble intervalSeconds,
      boolean startEnabled) {
    this.output = output;
    this.verbose = verbose;
    this.quiet = quiet;
    this.intervalSeconds = intervalSeconds;
    this.startEnabled = startEnabled;
  }

  /** Parses the option string; {@code null} or empty means all defaults. */
  static AgentOptions parse(String options) {
    return parse(options, null);
  }

  /**
   * Parses the option string, with {@code verbose} on by default when {@code jkernprofVariable},
   * the value of {@code $JKERNPROF} or {@code null}, is {@code 1} or {@code true}.
   */
  static AgentOptions parse(String options, String jkernprofVariable) {
    Optional<Path> output = Optional.empty();
    boolean verbose = turnsVerboseOn(jkernprofVariable);
    boolean quiet = false;
    OptionalDouble intervalSeconds = OptionalDouble.empty();
    boolean startEnabled = true;
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
          case "interval":
            intervalSeconds = OptionalDouble.of(seconds(key, value));
            break;
          case "start":
            startEnabled = startState(value);
            break;
          default:
            throw new IllegalArgumentException(
                "unknown agent option '" + trimmed + "'; valid options are: " + VALID);
        }
      }
    }
    return new AgentOptions(output, verbose, quiet, intervalSeconds, startEnabled);
  }

  private static boolean turnsVerboseOn(String variable) {
    if (variable == null) {
      return false;
    }
    String value = variable.trim();
    return value.equals("1") || value.equalsIgnoreCase("true");
  }

  private static double seconds(String key, String value) {
    double seconds;
    try {
      seconds = value == null ? Double.NaN : Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      seconds = Double.NaN;
    }
    // The negated comparison also rejects NaN.
    if (!(seconds > 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException(
          "agent option '"
              + key
              + "' needs a positive number of seconds, e.g. "
              + key
              + "=5 or "
              + key
              + "=0.5"
              + (value == null ? "" : ", not '" + value + "'"));
    }
    return seconds;
  }

  private static boolean startState(String value) {
    if ("enabled".equals(value)) {
      return true;
    }
    if ("disabled".equals(value)) {
      return false;
    }
    throw new IllegalArgumentException(
        "agent option 'start' is start=enabled or start=disabled"
            + (value == null ? "" : ", not start=" + value));
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
    return output.orElseGet(() -> Paths.get(defaultFileName(javaCommand)));
  }

  /**
   * {@code app.jar.lprof} for {@code java -jar path/app.jar}, {@code com.acme.Main.lprof} for a
   * main class, as kernprof names {@code script.py.lprof}.
   */
  static String defaultFileName(String javaCommand) {
    String program = javaCommand == null ? "" : javaCommand.trim().split("\\s+", 2)[0];
    if (program.isEmpty()) {
      return "jkernprof.lprof";
    }
    String name = Paths.get(program).getFileName().toString();
    return name + ".lprof";
  }

  boolean verbose() {
    return verbose;
  }

  boolean quiet() {
    return quiet;
  }

  /** How often to rewrite the results while the program runs; empty for only at exit. */
  OptionalDouble intervalSeconds() {
    return intervalSeconds;
  }

  /** Whether frames are recorded from the start, or only after {@code JKernprof.enable()}. */
  boolean startEnabled() {
    return startEnabled;
  }
}
