package org.jkernprof.agent.collect;

import static org.jkernprof.agent.rt.LineCounters.ENTRIES;
import static org.jkernprof.agent.rt.LineCounters.EVENTS;
import static org.jkernprof.agent.rt.LineCounters.HITS;
import static org.jkernprof.agent.rt.LineCounters.NANOS;
import static org.jkernprof.agent.rt.LineCounters.SLOT_LONGS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.ProbeCalibration;
import org.jkernprof.results.RunInfo;
import org.jkernprof.results.TestProfile;

/**
 * Turns the recorder's slot counts into {@link LineResults}, line by line per method, with each
 * marked test's share and, when the probes' cost was measured, the profiler's own time in each
 * line. Methods of {@code excludedClass} (the agent's own calibration code) are left out.
 */
public final class ResultsCollector {
  private ResultsCollector() {}

  /**
   * @param calibration what the probes cost in this run; null if it was not measured
   * @param excludedClass the binary name of a class whose methods are not results
   */
  public static LineResults collect(
      RecorderSnapshot snapshot, RunInfo run, ProbeCalibration calibration, String excludedClass) {
    List<TestProfile> tests = new ArrayList<>();
    for (int t = 0; t < snapshot.testNames.length; t++) {
      long[] counts = new long[snapshot.counts.length];
      int[] slots = snapshot.testSlots[t];
      for (int i = 0; i < slots.length; i++) {
        if (SLOT_LONGS * slots[i] + SLOT_LONGS <= counts.length) {
          System.arraycopy(
              snapshot.testCounts[t], SLOT_LONGS * i, counts, SLOT_LONGS * slots[i], SLOT_LONGS);
        }
      }
      List<MethodProfile> ran = new ArrayList<>();
      for (MethodProfile m : methods(snapshot, counts, null, calibration, excludedClass)) {
        if (m.totalNanos() > 0 || m.lines().stream().anyMatch(l -> l.hits() > 0 || l.nanos() > 0)) {
          ran.add(m);
        }
      }
      tests.add(
          new TestProfile(
              snapshot.testNames[t], snapshot.testDurations[t], snapshot.testConcurrent[t], ran));
    }
    return new LineResults(
        run,
        methods(snapshot, snapshot.counts, snapshot.allocs, calibration, excludedClass),
        tests,
        snapshot.allocs != null,
        calibration == null
            ? Collections.<ProbeCalibration>emptyList()
            : Collections.singletonList(calibration));
  }

  /**
   * Every registered method but those of {@code excludedClass}, with the lines of {@code counts}
   * ({@code SLOT_LONGS} longs per slot), with the memory figures of {@code allocs} (two longs per
   * slot) unless it is null, and with the probes' time estimated by {@code calibration} unless it
   * is null.
   */
  private static List<MethodProfile> methods(
      RecorderSnapshot snapshot,
      long[] counts,
      long[] allocs,
      ProbeCalibration calibration,
      String excludedClass) {
    int methodCount = snapshot.methods.length;
    List<Map<Integer, long[]>> linesByMethod = new ArrayList<>(methodCount);
    long[] ownNanos = new long[methodCount];
    long[] ownBytes = new long[methodCount];
    long[] ownProbeNanos = new long[methodCount];
    for (int i = 0; i < methodCount; i++) {
      linesByMethod.add(new TreeMap<>());
    }
    for (int slot = 1; slot < snapshot.slotMethod.length; slot++) {
      int method = snapshot.slotMethod[slot];
      int at = SLOT_LONGS * slot;
      long hits = counts[at + HITS];
      long nanos = counts[at + NANOS];
      // Not computeIfAbsent with a lambda: this runs at exit, where each lambda costs a class.
      Map<Integer, long[]> lines = linesByMethod.get(method);
      long[] line = lines.get(snapshot.slotLine[slot]);
      if (line == null) {
        // hits, nanos, allocated, heap, probes, entries, nanos of the method's own frames
        line = new long[7];
        lines.put(snapshot.slotLine[slot], line);
      }
      line[0] += hits;
      line[1] += nanos;
      line[4] += counts[at + EVENTS];
      line[5] += counts[at + ENTRIES];
      if (allocs != null && 2 * slot + 1 < allocs.length) {
        // A line's own slot and its nested code's slot both count what ran there.
        line[2] += allocs[2 * slot];
        line[3] = Math.max(line[3], allocs[2 * slot + 1]);
      }
      if (!snapshot.slotNested[slot]) {
        ownNanos[method] += nanos;
        line[6] += nanos;
        if (allocs != null && 2 * slot + 1 < allocs.length) {
          ownBytes[method] += allocs[2 * slot];
        }
      }
    }
    List<MethodProfile> methods = new ArrayList<>(methodCount);
    for (int i = 0; i < methodCount; i++) {
      String[] m = snapshot.methods[i];
      if (m[0].equals(excludedClass)) {
        continue;
      }
      List<LineStats> lines = new ArrayList<>();
      for (Map.Entry<Integer, long[]> e : linesByMethod.get(i).entrySet()) {
        long[] v = e.getValue();
        LineStats line = new LineStats(e.getKey(), v[0], v[1], v[2], v[3]);
        if (calibration != null) {
          line = line.withProbe(calibration.timeOf(v[4], v[5], v[1]));
          // What is taken out of the line, as far as it is the method's own frames' time.
          ownProbeNanos[i] += Math.min(v[6], line.nanos() - line.nanosLessProbes());
        }
        lines.add(line);
      }
      MethodProfile method = new MethodProfile(m[0], m[1], m[2], m[3], ownNanos[i], lines);
      if (allocs != null) {
        method = method.withMemory(ownBytes[i], method.lines());
      }
      if (calibration != null) {
        method = method.withProbes(ownProbeNanos[i], method.lines());
      }
      methods.add(method);
    }
    return methods;
  }
}
