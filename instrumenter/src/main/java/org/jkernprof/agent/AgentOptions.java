package org.jkernprof.agent;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
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
 *   <li>{@code interval=SECONDS}: also rewrite the results file every SECONDS while the program
 *       runs, so a killed JVM loses at most one interval
 *   <li>{@code start=disabled}: record nothing until the program calls {@code JKernprof.enable()}
 *       ({@code start=enabled} is the default)
 *   <li>{@code memory}: line mode also counts the bytes each line allocates
 *   <li>{@code timer=sampled}: line mode counts hits exactly, function mode calls, but both take
 *       time from wall-clock samples of every thread's stack ({@code timer=clock}, reading the
 *       clock at every line or call, is the default); {@code sample-interval=MILLISECONDS} sets how
 *       often (default 1)
 *   <li>{@code raw}: the report {@code verbose} prints gives times as measured, without taking out
 *       the profiler's own cost
 * </ul>
 *
 * <p>The environment variable {@code JKERNPROF=1} (or {@code true}) turns {@code verbose} on unless
 * the options say {@code verbose=false}.
 */
final class AgentOptions {
  static final String VALID =
      "output=FILE, verbose, quiet, mode=line|function, include=PATTERN, exclude=PATTERN,"
          + " interval=SECONDS, start=enabled|disabled, memory, raw, timer=clock|sampled,"
          + " sample-interval=MILLISECONDS";

  /** The default time between two samples of a thread with {@code timer=sampled}: 1 ms. */
  static final long DEFAULT_SAMPLE_INTERVAL_NANOS = 1_000_000;

  /** The environment variable that turns {@code verbose} on. */
  static final String ENVIRONMENT_VARIABLE = "JKERNPROF";

  private final Optional<Path> output;
  private final boolean verbose;
  private final boolean quiet;
  private final boolean functionMode;
  private final MethodSelection selection;
  private final OptionalDouble intervalSeconds;
  private final boolean startEnabled;
  private final boolean memory;
  private final boolean raw;
  private final boolean sampled;
  private final long sampleIntervalNanos;

  private AgentOptions(
      Optional<Path> output,
      boolean verbose,
      boolean quiet,
      boolean functionMode,
      MethodSelection selection,
      OptionalDouble intervalSeconds,
      boolean startEnabled,
      boolean memory,
      boolean raw,
      boolean sampled,
      long sampleIntervalNanos) {
    this.output = output;
    this.verbose = verbose;
    this.quiet = quiet;
    this.functionMode = functionMode;
    this.selection = selection;
    this.intervalSeconds = intervalSeconds;
    this.startEnabled = startEnabled;
    this.memory = memory;
    this.raw = raw;
    this.sampled = sampled;
    this.sampleIntervalNanos = sampleIntervalNanos;
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
    boolean functionMode = false;
    List<MethodPattern> includes = new ArrayList<>();
    List<MethodPattern> excludes = new ArrayList<>();
    OptionalDouble intervalSeconds = OptionalDouble.empty();
    boolean startEnabled = true;
    boolean memory = false;
    boolean raw = false;
    boolean sampled = false;
    long sampleIntervalNanos = DEFAULT_SAMPLE_INTERVAL_NANOS;
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
          case "interval":
            intervalSeconds = OptionalDouble.of(seconds(key, value));
            break;
          case "start":
            startEnabled = startState(value);
            break;
          case "memory":
            memory = flag(key, value);
            break;
          case "raw":
            raw = flag(key, value);
            break;
          case "timer":
            if (!"clock".equals(value) && !"sampled".equals(value)) {
              throw new IllegalArgumentException(
                  "agent option 'timer' is timer=clock or timer=sampled"
                      + (value == null ? "" : ", not timer=" + value));
            }
            sampled = "sampled".equals(value);
            break;
          case "sample-interval":
            sampleIntervalNanos = Math.round(positive(key, value, "milliseconds", "1") * 1e6);
            if (sampleIntervalNanos < 100_000) {
              throw new IllegalArgumentException(
                  "agent option 'sample-interval' is at least 0.1 milliseconds, not " + value);
            }
            break;
          default:
            throw new IllegalArgumentException(
                "unknown agent option '" + trimmed + "'; valid options are: " + VALID);
        }
      }
    }
    if (sampled && memory) {
      throw new IllegalArgumentException(
          "agent options 'timer=sampled' and 'memory' cannot be combined yet: count memory with"
              + " the clock timer");
    }
    return new AgentOptions(
        output,
        verbose,
        quiet,
        functionMode,
        MethodSelection.of(includes, excludes),
        intervalSeconds,
        startEnabled,
        memory,
        raw,
        sampled,
        sampleIntervalNanos);
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

  private static boolean turnsVerboseOn(String variable) {
    if (variable == null) {
      return false;
    }
    String value = variable.trim();
    return value.equals("1") || value.equalsIgnoreCase("true");
  }

  private static double seconds(String key, String value) {
    return positive(key, value, "seconds", "5 or " + key + "=0.5");
  }

  /** A positive, finite number: {@code value} of option {@code key}, in {@code unit}. */
  private static double positive(String key, String value, String unit, String example) {
    double number;
    try {
      number = value == null ? Double.NaN : Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      number = Double.NaN;
    }
    // The negated comparison also rejects NaN.
    if (!(number > 0) || Double.isInfinite(number)) {
      throw new IllegalArgumentException(
          "agent option '"
              + key
              + "' needs a positive number of "
              + unit
              + ", e.g. "
              + key
              + "="
              + example
              + (value == null ? "" : ", not '" + value + "'"));
    }
    return number;
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
    // Not orElseGet with a lambda: this runs at the agent's start (see Agent).
    if (output.isPresent()) {
      return output.get();
    }
    return Paths.get(defaultFileName(javaCommand, functionMode ? ".prof" : ".lprof"));
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

  /** How often to rewrite the results while the program runs; empty for only at exit. */
  OptionalDouble intervalSeconds() {
    return intervalSeconds;
  }

  /** Whether each line also counts the bytes it allocates ({@code memory}). */
  boolean memory() {
    return memory;
  }

  /** Whether frames are recorded from the start, or only after {@code JKernprof.enable()}. */
  boolean startEnabled() {
    return startEnabled;
  }

  /**
   * Whether the {@code verbose} report prints times as measured, the profiler's own cost included.
   */
  boolean raw() {
    return raw;
  }

  /**
   * Whether lines or calls are timed by wall-clock stack samples ({@code timer=sampled}), not the
   * clock.
   */
  boolean sampled() {
    return sampled;
  }

  /** The time between two samples of a thread with {@code timer=sampled}. */
  long sampleIntervalNanos() {
    return sampleIntervalNanos;
  }
}
