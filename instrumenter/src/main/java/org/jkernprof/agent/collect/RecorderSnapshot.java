package org.jkernprof.agent.collect;

import org.jkernprof.agent.rt.LineCounters;
import org.jkernprof.agent.rt.LineSnapshot;

/** The recorder's summed counts with the slot table that explains them. Read-only view. */
public final class RecorderSnapshot {
  /** Per method id: class name, method name, descriptor, source file. */
  final String[][] methods;

  /** Per slot: the method id it belongs to. */
  final int[] slotMethod;

  /** Per slot: its source line. */
  final int[] slotLine;

  /** Per slot: whether it counts nested code (lambdas, inner classes) of its method. */
  final boolean[] slotNested;

  /**
   * {@link LineCounters#SLOT_LONGS} per slot, from {@code SLOT_LONGS * slot}, laid out as {@link
   * LineCounters} says ({@link LineCounters#HITS}, {@link LineCounters#NANOS}...). Only the
   * constants of {@code LineCounters} are used here, which javac copies: the class itself lives in
   * the bootstrap loader under another name.
   */
  final long[] counts;

  /** Per marked test: its name. */
  final String[] testNames;

  /** Per marked test: its wall time in nanoseconds. */
  final long[] testDurations;

  /** Per marked test: whether another test ran while it did. */
  final boolean[] testConcurrent;

  /** Per marked test: the slots its lines changed. */
  final int[][] testSlots;

  /** Per marked test: {@link LineCounters#SLOT_LONGS} per slot in {@link #testSlots}. */
  final long[][] testCounts;

  /**
   * With memory counting, two per slot: {@code [2 * slot]} bytes allocated, {@code [2 * slot + 1]}
   * heap in use at the last entry; null without.
   */
  final long[] allocs;

  /** Every thread's clock-reading probes, in all. */
  final long probeEvents;

  /** Every thread's profiled frame entries, in all. */
  final long frameEntries;

  /**
   * Wraps the arrays returned by {@code LineRecorder.snapshot()}, laid out as {@link LineSnapshot}
   * says.
   */
  public RecorderSnapshot(Object[] raw) {
    methods = (String[][]) raw[LineSnapshot.METHODS];
    slotMethod = (int[]) raw[LineSnapshot.SLOT_METHOD];
    slotLine = (int[]) raw[LineSnapshot.SLOT_LINE];
    slotNested = (boolean[]) raw[LineSnapshot.SLOT_NESTED];
    counts = (long[]) raw[LineSnapshot.COUNTS];
    Object[] tests = (Object[]) raw[LineSnapshot.TESTS];
    testNames = (String[]) tests[LineSnapshot.TEST_NAMES];
    testDurations = (long[]) tests[LineSnapshot.TEST_DURATIONS];
    testConcurrent = (boolean[]) tests[LineSnapshot.TEST_CONCURRENT];
    testSlots = (int[][]) tests[LineSnapshot.TEST_SLOTS];
    testCounts = (long[][]) tests[LineSnapshot.TEST_COUNTS];
    allocs = (long[]) raw[LineSnapshot.ALLOCS];
    long[] probes = (long[]) raw[LineSnapshot.PROBES];
    probeEvents = probes[0];
    frameEntries = probes[1];
  }
}
