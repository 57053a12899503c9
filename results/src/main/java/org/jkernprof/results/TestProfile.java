package org.jkernprof.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The share of a run that one test drove: the lines of profiled methods that ran between the test's
 * start and its end, in every thread. Immutable.
 *
 * <p>Each method lists all the lines the run's own profile has for it, with this test's numbers
 * (zero where the test did not reach a line), so a test's listing has the same rows as the run's.
 * Only methods the test ran appear.
 */
public final class TestProfile {
  private final String name;
  private final long durationNanos;
  private final boolean concurrent;
  private final List<MethodProfile> methods;

  /**
   * @param name the test's name as its framework gave it, e.g. {@code com.acme.CartTest#adds()}
   * @param durationNanos the test's wall time
   * @param concurrent whether another test ran in the same JVM while this one did, so that each
   *     one's lines include the other's
   * @param methods the profiled methods the test ran, with the test's share of their lines
   */
  public TestProfile(
      String name, long durationNanos, boolean concurrent, List<MethodProfile> methods) {
    this.name = Objects.requireNonNull(name, "name");
    if (durationNanos < 0) {
      throw new IllegalArgumentException("negative duration of test " + name);
    }
    this.durationNanos = durationNanos;
    this.concurrent = concurrent;
    this.methods = Collections.unmodifiableList(new ArrayList<>(methods));
  }

  public String name() {
    return name;
  }

  /** The test's wall time in nanoseconds, from its start to its end. */
  public long durationNanos() {
    return durationNanos;
  }

  /**
   * Whether another test ran in the same JVM while this one did (parallel execution): then the
   * lines of each include those the other drove.
   */
  public boolean concurrent() {
    return concurrent;
  }

  /** The profiled methods the test ran. */
  public List<MethodProfile> methods() {
    return methods;
  }

  /** The time the test spent in profiled methods' own frames. */
  public long profiledNanos() {
    long sum = 0;
    for (MethodProfile m : methods) {
      sum += m.totalNanos();
    }
    return sum;
  }

  /** The lines the test entered in profiled methods. */
  public long hits() {
    long sum = 0;
    for (MethodProfile m : methods) {
      for (LineStats l : m.lines()) {
        sum += l.hits();
      }
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TestProfile)) {
      return false;
    }
    TestProfile that = (TestProfile) o;
    return name.equals(that.name)
        && durationNanos == that.durationNanos
        && concurrent == that.concurrent
        && methods.equals(that.methods);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, durationNanos, concurrent, methods);
  }

  @Override
  public String toString() {
    return name + " " + methods;
  }
}
