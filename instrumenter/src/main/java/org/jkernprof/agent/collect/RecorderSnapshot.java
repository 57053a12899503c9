package org.jkernprof.agent.collect;

import org.jkernprof.agent.rt.LineCounters;

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

  /** Wraps the arrays returned by {@code LineRecorder.snapshot()}. */
  public RecorderSnapshot(Object[] raw) {
    methods = (String[][]) raw[0];
    slotMethod = (int[]) raw[1];
    slotLine = (int[]) raw[2];
    slotNested = (boolean[]) raw[3];
    counts = (long[]) raw[4];
    Object[] tests = (Object[]) raw[5];
    testNames = (String[]) tests[0];
    testDurations = (long[]) tests[1];
    testConcurrent = (boolean[]) tests[2];
    testSlots = (int[][]) tests[3];
    testCounts = (long[][]) tests[4];
    allocs = (long[]) raw[6];
    long[] probes = (long[]) raw[7];
    probeEvents = probes[0];
    frameEntries = probes[1];
  }
}
