package org.jkernprof.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one line-profiling run recorded: the run's facts and one {@link MethodProfile} per
 * profiled method. Times are in nanoseconds. Immutable.
 */
public final class ProfileResults {
  /** The unit of every time stored in results: one nanosecond. */
  public static final double TIMER_UNIT_SECONDS = 1e-9;

  private final RunInfo run;
  private final List<MethodProfile> methods;

  public ProfileResults(RunInfo run, List<MethodProfile> methods) {
    this.run = Objects.requireNonNull(run, "run");
    this.methods = Collections.unmodifiableList(new ArrayList<>(methods));
  }

  public RunInfo run() {
    return run;
  }

  /** The profiled methods, in the order they were first registered. */
  public List<MethodProfile> methods() {
    return methods;
  }

  /**
   * Sums several results line by line, as when one program ran in several JVMs. The run facts are
   * those of the first; its duration becomes the sum of all durations.
   */
  public static ProfileResults merge(List<ProfileResults> all) {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge");
    }
    Map<String, MethodProfile> byKey = new LinkedHashMap<>();
    long duration = 0;
    for (ProfileResults r : all) {
      duration += r.run.durationNanos();
      for (MethodProfile m : r.methods) {
        byKey.merge(m.key(), m, MethodProfile::plus);
      }
    }
    RunInfo first = all.get(0).run;
    RunInfo run =
        new RunInfo(first.command(), first.jvmVersion(), first.startEpochMillis(), duration);
    return new ProfileResults(run, new ArrayList<>(byKey.values()));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProfileResults)) {
      return false;
    }
    ProfileResults that = (ProfileResults) o;
    return run.equals(that.run) && methods.equals(that.methods);
  }

  @Override
  public int hashCode() {
    return Objects.hash(run, methods);
  }
}
