package org.jkernprof.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one line-profiling run recorded: the run's facts, one {@link MethodProfile} per
 * profiled method and, when a test framework told the agent where its tests began and ended, each
 * test's share of them. Times are in nanoseconds. Immutable.
 */
public final class LineResults {
  /** The unit of every time stored in results: one nanosecond. */
  public static final double TIMER_UNIT_SECONDS = 1e-9;

  private final RunInfo run;
  private final List<MethodProfile> methods;
  private final List<TestProfile> tests;
  private final boolean memory;
  private final List<ProbeCalibration> calibrations;
  private final List<Sampling> samplings;
  private final Map<String, MethodSource> sources;

  /** Results without tests or memory figures. */
  public LineResults(RunInfo run, List<MethodProfile> methods) {
    this(run, methods, Collections.emptyList());
  }

  /** Results without memory figures. */
  public LineResults(RunInfo run, List<MethodProfile> methods, List<TestProfile> tests) {
    this(run, methods, tests, false);
  }

  /**
   * @param tests each test's share of {@code methods}, in the order the tests ended
   * @param memory whether the lines carry memory figures (allocated bytes, heap in use)
   */
  public LineResults(
      RunInfo run, List<MethodProfile> methods, List<TestProfile> tests, boolean memory) {
    this(run, methods, tests, memory, Collections.emptyList());
  }

  /**
   * @param calibrations the probe costs measured in the run, from which the lines' {@link
   *     LineStats#probe()} were estimated: one per JVM whose results these are; empty when the run
   *     measured none (an older file), so times can only be shown as measured
   */
  public LineResults(
      RunInfo run,
      List<MethodProfile> methods,
      List<TestProfile> tests,
      boolean memory,
      List<ProbeCalibration> calibrations) {
    this(
        run,
        methods,
        tests,
        memory,
        calibrations,
        Collections.<Sampling>emptyList(),
        Collections.<String, MethodSource>emptyMap());
  }

  private LineResults(
      RunInfo run,
      List<MethodProfile> methods,
      List<TestProfile> tests,
      boolean memory,
      List<ProbeCalibration> calibrations,
      List<Sampling> samplings,
      Map<String, MethodSource> sources) {
    if (!samplings.isEmpty() && !calibrations.isEmpty()) {
      throw new IllegalArgumentException("sampled results carry no probe cost of the clock timer");
    }
    this.run = Objects.requireNonNull(run, "run");
    this.methods = Collections.unmodifiableList(new ArrayList<>(methods));
    this.tests = Collections.unmodifiableList(new ArrayList<>(tests));
    this.memory = memory;
    this.calibrations = Collections.unmodifiableList(new ArrayList<>(calibrations));
    this.samplings = Collections.unmodifiableList(new ArrayList<>(samplings));
    this.sources = Collections.unmodifiableMap(new HashMap<>(sources));
  }

  /**
   * These results as the sampled timer made them: hits exact, times counted from stack samples
   * ({@link LineStats#samples()}), one {@link Sampling} per JVM whose results these are.
   */
  public LineResults withSamplings(List<Sampling> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("sampled results need the sampling of at least one run");
    }
    return new LineResults(run, methods, tests, memory, calibrations, runs, sources);
  }

  /**
   * These results carrying the source text of their methods: {@code texts} by {@link
   * MethodProfile#key()}; a method without one has no text. Replaces any text they carried.
   */
  public LineResults withSources(Map<String, MethodSource> texts) {
    return new LineResults(run, methods, tests, memory, calibrations, samplings, texts);
  }

  /** The source text saved with {@code method}; empty if the results carry none for it. */
  public Optional<MethodSource> sourceOf(MethodProfile method) {
    return Optional.ofNullable(sources.get(method.key()));
  }

  /** Whether the results carry the source text of at least one method. */
  public boolean hasSources() {
    return !sources.isEmpty();
  }

  /** Whether the times were counted from stack samples rather than read from the clock. */
  public boolean isSampled() {
    return !samplings.isEmpty();
  }

  /** How each run was sampled, one per JVM; empty for results of the clock timer. */
  public List<Sampling> samplings() {
    return samplings;
  }

  public RunInfo run() {
    return run;
  }

  /** The profiled methods, in the order they were first registered. */
  public List<MethodProfile> methods() {
    return methods;
  }

  /** Whether memory was counted: the lines' allocated bytes and heap in use mean something. */
  public boolean hasMemory() {
    return memory;
  }

  /**
   * The probe costs measured in the run, one per JVM; empty if the results carry no estimate of the
   * profiler's own time.
   */
  public List<ProbeCalibration> calibrations() {
    return calibrations;
  }

  /** Whether the lines carry the profiler's own time, so that it can be taken out. */
  public boolean hasProbeTimes() {
    return !calibrations.isEmpty();
  }

  /** Each test's share of the methods, in the order the tests ended; empty if none was marked. */
  public List<TestProfile> tests() {
    return tests;
  }

  /**
   * Sums several results line by line, as when one program ran in several JVMs. The run facts are
   * those of the first; its duration becomes the sum of all durations. The tests of all are kept,
   * those of the first results first. Each line's probe time is summed from each file's own
   * estimate; if any of the results carries none, the merged results carry none.
   *
   * @throws IllegalArgumentException if some results were timed by the clock and others by samples:
   *     their times do not add up
   */
  public static LineResults merge(List<LineResults> all) {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge");
    }
    Map<String, MethodProfile> byKey = new LinkedHashMap<>();
    List<TestProfile> tests = new ArrayList<>();
    long duration = 0;
    boolean memory = true;
    boolean probeTimes = true;
    List<ProbeCalibration> calibrations = new ArrayList<>();
    List<Sampling> samplings = new ArrayList<>();
    Map<String, MethodSource> sources = new HashMap<>();
    for (LineResults r : all) {
      if (r.isSampled() != all.get(0).isSampled()) {
        throw Sampling.mixedTimers();
      }
      samplings.addAll(r.samplings);
      memory &= r.memory;
      probeTimes &= r.hasProbeTimes();
      calibrations.addAll(r.calibrations);
      duration += r.run.durationNanos();
      tests.addAll(r.tests);
      r.sources.forEach(sources::putIfAbsent);
      for (MethodProfile m : r.methods) {
        byKey.merge(m.key(), m, MethodProfile::plus);
      }
    }
    RunInfo first = all.get(0).run;
    RunInfo run =
        new RunInfo(first.command(), first.jvmVersion(), first.startEpochMillis(), duration);
    return new LineResults(
        run,
        new ArrayList<>(byKey.values()),
        tests,
        memory,
        probeTimes ? calibrations : Collections.<ProbeCalibration>emptyList(),
        samplings,
        sources);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LineResults)) {
      return false;
    }
    LineResults that = (LineResults) o;
    return run.equals(that.run)
        && methods.equals(that.methods)
        && tests.equals(that.tests)
        && memory == that.memory
        && calibrations.equals(that.calibrations)
        && samplings.equals(that.samplings)
        && sources.equals(that.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(run, methods, tests, memory);
  }
}
