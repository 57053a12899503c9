package org.jkernprof.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.ProfileResults;
import org.jkernprof.results.RunInfo;
import org.jkernprof.results.TestProfile;

/**
 * Turns the recorder's slot counts into {@link ProfileResults}, line by line per method, with each
 * marked test's share.
 */
final class ResultsCollector {
  private ResultsCollector() {}

  static ProfileResults collect(RecorderSnapshot snapshot, RunInfo run) {
    List<TestProfile> tests = new ArrayList<>();
    for (int t = 0; t < snapshot.testNames.length; t++) {
      long[] counts = new long[snapshot.counts.length];
      int[] slots = snapshot.testSlots[t];
      for (int i = 0; i < slots.length; i++) {
        if (2 * slots[i] + 1 < counts.length) {
          counts[2 * slots[i]] = snapshot.testCounts[t][2 * i];
          counts[2 * slots[i] + 1] = snapshot.testCounts[t][2 * i + 1];
        }
      }
      List<MethodProfile> ran = new ArrayList<>();
      for (MethodProfile m : methods(snapshot, counts, null)) {
        if (m.totalNanos() > 0 || m.lines().stream().anyMatch(l -> l.hits() > 0 || l.nanos() > 0)) {
          ran.add(m);
        }
      }
      tests.add(
          new TestProfile(
              snapshot.testNames[t], snapshot.testDurations[t], snapshot.testConcurrent[t], ran));
    }
    return new ProfileResults(
        run, methods(snapshot, snapshot.counts, snapshot.allocs), tests, snapshot.allocs != null);
  }

  /**
   * Every registered method with the lines of {@code counts}, two longs per slot, and with the
   * memory figures of {@code allocs} (two longs per slot) unless it is null.
   */
  private static List<MethodProfile> methods(
      RecorderSnapshot snapshot, long[] counts, long[] allocs) {
    int methodCount = snapshot.methods.length;
    List<Map<Integer, long[]>> linesByMethod = new ArrayList<>(methodCount);
    long[] ownNanos = new long[methodCount];
    long[] ownBytes = new long[methodCount];
    for (int i = 0; i < methodCount; i++) {
      linesByMethod.add(new TreeMap<>());
    }
    for (int slot = 1; slot < snapshot.slotMethod.length; slot++) {
      int method = snapshot.slotMethod[slot];
      long hits = counts[2 * slot];
      long nanos = counts[2 * slot + 1];
      // Not computeIfAbsent with a lambda: this runs at exit, where each lambda costs a class.
      Map<Integer, long[]> lines = linesByMethod.get(method);
      long[] line = lines.get(snapshot.slotLine[slot]);
      if (line == null) {
        line = new long[4];
        lines.put(snapshot.slotLine[slot], line);
      }
      line[0] += hits;
      line[1] += nanos;
      if (allocs != null && 2 * slot + 1 < allocs.length) {
        // A line's own slot and its nested code's slot both count what ran there.
        line[2] += allocs[2 * slot];
        line[3] = Math.max(line[3], allocs[2 * slot + 1]);
      }
      if (!snapshot.slotNested[slot]) {
        ownNanos[method] += nanos;
        if (allocs != null && 2 * slot + 1 < allocs.length) {
          ownBytes[method] += allocs[2 * slot];
        }
      }
    }
    List<MethodProfile> methods = new ArrayList<>(methodCount);
    for (int i = 0; i < methodCount; i++) {
      String[] m = snapshot.methods[i];
      List<LineStats> lines = new ArrayList<>();
      for (Map.Entry<Integer, long[]> e : linesByMethod.get(i).entrySet()) {
        long[] v = e.getValue();
        lines.add(new LineStats(e.getKey(), v[0], v[1], v[2], v[3]));
      }
      MethodProfile method = new MethodProfile(m[0], m[1], m[2], m[3], ownNanos[i], lines);
      methods.add(allocs == null ? method : method.withMemory(ownBytes[i], method.lines()));
    }
    return methods;
  }
}
