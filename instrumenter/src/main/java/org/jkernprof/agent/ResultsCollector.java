package org.jkernprof.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.ProfileResults;
import org.jkernprof.results.RunInfo;

/** Turns the recorder's slot counts into {@link ProfileResults}, line by line per method. */
final class ResultsCollector {
  private ResultsCollector() {}

  static ProfileResults collect(RecorderSnapshot snapshot, RunInfo run) {
    int methodCount = snapshot.methods.length;
    List<Map<Integer, long[]>> linesByMethod = new ArrayList<>(methodCount);
    long[] ownNanos = new long[methodCount];
    for (int i = 0; i < methodCount; i++) {
      linesByMethod.add(new TreeMap<>());
    }
    for (int slot = 1; slot < snapshot.slotMethod.length; slot++) {
      int method = snapshot.slotMethod[slot];
      long hits = snapshot.counts[2 * slot];
      long nanos = snapshot.counts[2 * slot + 1];
      long[] line =
          linesByMethod.get(method).computeIfAbsent(snapshot.slotLine[slot], l -> new long[2]);
      line[0] += hits;
      line[1] += nanos;
      if (!snapshot.slotNested[slot]) {
        ownNanos[method] += nanos;
      }
    }
    List<MethodProfile> methods = new ArrayList<>(methodCount);
    for (int i = 0; i < methodCount; i++) {
      String[] m = snapshot.methods[i];
      List<LineStats> lines = new ArrayList<>();
      for (Map.Entry<Integer, long[]> e : linesByMethod.get(i).entrySet()) {
        lines.add(new LineStats(e.getKey(), e.getValue()[0], e.getValue()[1]));
      }
      methods.add(new MethodProfile(m[0], m[1], m[2], m[3], ownNanos[i], lines));
    }
    return new ProfileResults(run, methods);
  }
}
