package org.jkernprof;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hits one test's lines recorded, per profiled method and line, from {@link TestSpan#end()}:
 * exact counts, the same on every run of the same test. Lines of a lambda or inner class count
 * under the method they are written in, as the reports show them. Immutable.
 */
public final class TestHits {
  /** What a test records without the agent: nothing, and {@link #recorded()} says so. */
  static final TestHits NONE =
      new TestHits(false, Collections.<String, Map<Integer, Long>>emptyMap());

  private final boolean recorded;
  private final Map<String, Map<Integer, Long>> byMethod;

  private TestHits(boolean recorded, Map<String, Map<Integer, Long>> byMethod) {
    this.recorded = recorded;
    this.byMethod = byMethod;
  }

  /**
   * The hits of the runtime's answer: {@code {String[] className, String[] methodName, int[] line,
   * long[] hits}}, one entry per line ({@code LineRecorder.endTestHits}).
   */
  static TestHits of(Object[] answer) {
    if (answer == null) {
      return new TestHits(true, Collections.<String, Map<Integer, Long>>emptyMap());
    }
    String[] classes = (String[]) answer[0];
    String[] methods = (String[]) answer[1];
    int[] lines = (int[]) answer[2];
    long[] hits = (long[]) answer[3];
    Map<String, Map<Integer, Long>> byMethod = new HashMap<>();
    for (int i = 0; i < hits.length; i++) {
      Map<Integer, Long> method = byMethod.get(key(classes[i], methods[i]));
      if (method == null) {
        method = new HashMap<>();
        byMethod.put(key(classes[i], methods[i]), method);
      }
      Long before = method.get(lines[i]);
      method.put(lines[i], (before == null ? 0 : before) + hits[i]);
    }
    return new TestHits(true, byMethod);
  }

  private static String key(String className, String methodName) {
    return className + "#" + methodName;
  }

  /** Whether the agent recorded the test: false without the agent, and every count is then 0. */
  public boolean recorded() {
    return recorded;
  }

  /**
   * The hits of all the lines of a method (of every method of that name: overloads are summed).
   *
   * @param className the binary name, {@code com.acme.Parser} or {@code com.acme.Outer$Inner}
   * @param methodName {@code parse}, or {@code <init>} for a constructor
   */
  public long ofMethod(String className, String methodName) {
    Map<Integer, Long> lines = byMethod.get(key(className, methodName));
    long sum = 0;
    if (lines != null) {
      for (long hits : lines.values()) {
        sum += hits;
      }
    }
    return sum;
  }

  /** The hits of one line of a method, as {@link #ofMethod} names it. */
  public long ofLine(String className, String methodName, int line) {
    Map<Integer, Long> lines = byMethod.get(key(className, methodName));
    Long hits = lines == null ? null : lines.get(line);
    return hits == null ? 0 : hits;
  }

  /** The methods whose lines the test ran, as {@code com.acme.Parser#parse}, in order. */
  public Set<String> methods() {
    return Collections.unmodifiableSet(new TreeSet<>(byMethod.keySet()));
  }
}
