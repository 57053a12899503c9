package org.jkernprof.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * What to profile and how, shared by the profiling command and {@code attach}: the methods beyond
 * those marked {@code @Profile}, memory counting and the timer; and the agent options they make.
 */
final class ProfilingOptions {
  @Option(
      names = "--include",
      paramLabel = "PATTERN",
      split = ";",
      converter = MethodPatternOption.class,
      description = {
        "Also profile every method that matches, as if marked @Profile. Repeatable."
            + " com.acme.report.* (the classes of a package), com.acme.** (and of its"
            + " subpackages), com.acme.Report#build* (methods by name), com.acme.Outer$* (nested"
            + " classes), com.acme.Report#<init> (constructors). * stays within one name, **"
            + " crosses packages, ? is one character."
      })
  List<String> includes = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "PATTERN",
      split = ";",
      converter = MethodPatternOption.class,
      description =
          "Never profile the methods that match, even if included or marked @Profile. Repeatable.")
  List<String> excludes = new ArrayList<>();

  @Option(
      names = "--source-text",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "With -l: save the profiled methods' source lines in the results file, where the"
              + " sources are found (the default), so that 'jkernprof diff' pairs a later run's"
              + " lines with them by their text and a report shows them where the sources are"
              + " not. --no-source-text keeps the results free of source code.")
  boolean sourceText = true;

  @Option(
      names = {"-m", "--memory"},
      description =
          "Also count the bytes allocated. With -l: per line (its callees included) and the"
              + " heap in use when it last ran; the report gains Alloc and Alloc/Hit, and"
              + " 'jkernprof view --memory' prints memory_profiler's layout. Without -l: per"
              + " method, own and cumulative (ownalloc, cumalloc). Costs one read of the"
              + " thread's allocation counter per line or call.")
  boolean memory;

  @Option(
      names = "--timer",
      paramLabel = "clock|sampled",
      description =
          "How lines (-l) or calls are timed. clock (the default): reads the clock at every line"
              + " or call, less its measured cost; exact, but each line event costs some 30 ns."
              + " sampled: counts hits (or calls) exactly and takes the wall time from samples of"
              + " every thread's stack (async-profiler, bundled), for whole programs at near full"
              + " speed; without -l the results also keep the sampled stacks.")
  String timer;

  @Option(
      names = "--sample-interval",
      paramLabel = "MS",
      description =
          "With --timer=sampled: milliseconds between two samples of a thread (default 1;"
              + " at least 0.1).")
  Double sampleInterval;

  /** {@code include=P} and {@code exclude=P} for the agent, one per pattern. */
  List<String> selectionAgentOptions() {
    List<String> options = new ArrayList<>();
    includes.forEach(pattern -> options.add("include=" + pattern));
    excludes.forEach(pattern -> options.add("exclude=" + pattern));
    return options;
  }

  /** {@code memory}, {@code timer=T} and {@code sample-interval=MS} for the agent, as given. */
  List<String> timingAgentOptions() {
    List<String> options = new ArrayList<>();
    if (memory) {
      options.add("memory");
    }
    if (timer != null) {
      options.add("timer=" + timer);
    }
    if (sampleInterval != null) {
      options.add("sample-interval=" + sampleInterval);
    }
    return options;
  }

  /** Why the timer options cannot be used together, if they cannot ({@link TimerChoice}). */
  Optional<String> timerProblem() {
    return TimerChoice.problem(timer, memory, sampleInterval);
  }

  /** Whether lines or calls are timed by samples. */
  boolean sampled() {
    return "sampled".equals(timer);
  }
}
