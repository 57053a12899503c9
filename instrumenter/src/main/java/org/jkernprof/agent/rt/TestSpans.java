package org.jkernprof.agent.rt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tests a test framework marked, and what each one added to the summed counts of every thread:
 * the counts when a test begins are kept, and subtracted from those when it ends. Called at test
 * boundaries only, never on the hot path; every method holds this object's lock.
 */
final class TestSpans {
  /** A test that has begun: its name, the summed counts then, when it began. */
  private static final class Open {
    final String name;
    final long[] baseline;
    final long startNanos;
    boolean concurrent;

    Open(String name, long[] baseline, long startNanos) {
      this.name = name;
      this.baseline = baseline;
      this.startNanos = startNanos;
    }
  }

  private final Map<Long, Open> open = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final List<Long> durations = new ArrayList<>();
  private final List<Boolean> concurrent = new ArrayList<>();
  private final List<int[]> slots = new ArrayList<>();
  private final List<long[]> counts = new ArrayList<>();
  private long nextId = 1;

  /** Starts a test; {@code totals} are the summed counts now. Returns the test's id. */
  synchronized long begin(String name, long[] totals, long now) {
    Open test = new Open(name, totals, now);
    if (!open.isEmpty()) {
      test.concurrent = true;
      for (Open other : open.values()) {
        other.concurrent = true;
      }
    }
    long id = nextId++;
    open.put(id, test);
    return id;
  }

  /**
   * Ends the test {@code id}, if it is running; {@code totals} are the summed counts now.
   *
   * @return the slots its lines changed and their counts ({@link LineCounters#SLOT_LONGS} longs per
   *     slot), or null if no such test was running
   */
  synchronized Object[] end(long id, long[] totals, long now) {
    Open test = open.remove(id);
    if (test == null) {
      return null;
    }
    record(test, totals, now, names, durations, concurrent, slots, counts);
    return new Object[] {slots.get(slots.size() - 1), counts.get(counts.size() - 1)};
  }

  /**
   * Every ended test, then every running one up to now: {@code {String[] names, long[]
   * durationNanos, boolean[] concurrent, int[][] slots, long[][] counts}}, where a test's {@code
   * slots} are those its lines changed, and its {@code counts} hold {@link LineCounters#SLOT_LONGS}
   * longs per such slot, laid out as in {@link LineCounters}.
   */
  synchronized Object[] snapshot(long[] totals, long now) {
    List<String> n = new ArrayList<>(names);
    List<Long> d = new ArrayList<>(durations);
    List<Boolean> c = new ArrayList<>(concurrent);
    List<int[]> s = new ArrayList<>(slots);
    List<long[]> v = new ArrayList<>(counts);
    for (Open test : open.values()) {
      record(test, totals, now, n, d, c, s, v);
    }
    long[] durationArray = new long[d.size()];
    boolean[] concurrentArray = new boolean[c.size()];
    for (int i = 0; i < durationArray.length; i++) {
      durationArray[i] = d.get(i);
      concurrentArray[i] = c.get(i);
    }
    Object[] tests = new Object[LineSnapshot.TESTS_LENGTH];
    tests[LineSnapshot.TEST_NAMES] = n.toArray(new String[0]);
    tests[LineSnapshot.TEST_DURATIONS] = durationArray;
    tests[LineSnapshot.TEST_CONCURRENT] = concurrentArray;
    tests[LineSnapshot.TEST_SLOTS] = s.toArray(new int[0][]);
    tests[LineSnapshot.TEST_COUNTS] = v.toArray(new long[0][]);
    return tests;
  }

  private static void record(
      Open test,
      long[] totals,
      long now,
      List<String> names,
      List<Long> durations,
      List<Boolean> concurrent,
      List<int[]> slots,
      List<long[]> counts) {
    int width = LineCounters.SLOT_LONGS;
    int slotCount = totals.length / width;
    int changed = 0;
    int[] changedSlots = new int[slotCount];
    for (int slot = 1; slot < slotCount; slot++) {
      if (delta(totals, test.baseline, width * slot + LineCounters.HITS) != 0
          || delta(totals, test.baseline, width * slot + LineCounters.NANOS) != 0) {
        changedSlots[changed++] = slot;
      }
    }
    int[] kept = new int[changed];
    long[] values = new long[width * changed];
    for (int i = 0; i < changed; i++) {
      int slot = changedSlots[i];
      kept[i] = slot;
      for (int j = 0; j < width; j++) {
        values[width * i + j] = Math.max(0, delta(totals, test.baseline, width * slot + j));
      }
    }
    names.add(test.name);
    durations.add(Math.max(0, now - test.startNanos));
    concurrent.add(test.concurrent);
    slots.add(kept);
    counts.add(values);
  }

  private static long delta(long[] totals, long[] baseline, int index) {
    return totals[index] - (index < baseline.length ? baseline[index] : 0);
  }
}
