package org.jkernprof.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;

/**
 * The lines recorded for the classes of one source file: its top-level class and the classes nested
 * in it. A source line belongs to one file, so hits of the same line in several listings (a method
 * and the lambdas reported into it) add up.
 */
final class RecordedLines {
  private final List<MethodProfile> profiles;

  private RecordedLines(List<MethodProfile> profiles) {
    this.profiles = profiles;
  }

  static RecordedLines of(LineResults results, String topLevelClass) {
    List<MethodProfile> mine = new ArrayList<>();
    for (MethodProfile m : results.methods()) {
      if (m.className().equals(topLevelClass) || m.className().startsWith(topLevelClass + "$")) {
        mine.add(m);
      }
    }
    return new RecordedLines(mine);
  }

  boolean isEmpty() {
    return profiles.isEmpty();
  }

  /** The hits of {@code line}, summed over all listings. */
  long hits(int line) {
    long sum = 0;
    for (long hits : hitsByMethod(line).values()) {
      sum += hits;
    }
    return sum;
  }

  /** The hits of {@code line} in the listings of methods named {@code method}. */
  long hits(int line, String method) {
    return hitsByMethod(line).getOrDefault(method, 0L);
  }

  /** The methods whose listing has hits on {@code line}, with those hits. */
  Map<String, Long> hitsByMethod(int line) {
    Map<String, Long> byMethod = new LinkedHashMap<>();
    for (MethodProfile m : profiles) {
      for (LineStats l : m.lines()) {
        if (l.line() == line && l.hits() > 0) {
          byMethod.merge(m.methodName(), l.hits(), Long::sum);
        }
      }
    }
    return byMethod;
  }

  /** The statistics of {@code line} in the listing of {@code method}; fails if it has none. */
  LineStats line(String method, int line) {
    for (LineStats l : profile(method).lines()) {
      if (l.line() == line) {
        return l;
      }
    }
    throw new AssertionError(
        "the listing of " + method + " has no line " + line + ": " + profile(method));
  }

  /** The only listing of a method named {@code method}; fails if there is none or several. */
  MethodProfile profile(String method) {
    MethodProfile found = null;
    for (MethodProfile m : profiles) {
      if (m.methodName().equals(method)) {
        if (found != null) {
          throw new AssertionError("more than one listing of " + method + ": " + profiles);
        }
        found = m;
      }
    }
    if (found == null) {
      throw new AssertionError("no listing of " + method + " among " + names());
    }
    return found;
  }

  /** The recorded listings as {@code Class.method(desc)}, for messages. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    for (MethodProfile m : profiles) {
      names.add(m.key());
    }
    return names;
  }
}
