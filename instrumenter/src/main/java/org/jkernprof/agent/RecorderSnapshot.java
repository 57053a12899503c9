package org.jkernprof.agent;

/** The recorder's summed counts with the slot table that explains them. Read-only view. */
final class RecorderSnapshot {
  /** Per method id: class name, method name, descriptor, source file. */
  final String[][] methods;

  /** Per slot: the method id it belongs to. */
  final int[] slotMethod;

  /** Per slot: its source line. */
  final int[] slotLine;

  /** Per slot: whether it counts nested code (lambdas, inner classes) of its method. */
  final boolean[] slotNested;

  /** Two per slot: {@code [2 * slot]} hits, {@code [2 * slot + 1]} nanoseconds. */
  final long[] counts;

  /** Per marked test: its name. */
  final String[] testNames;

  /** Per marked test: its wall time in nanoseconds. */
  final long[] testDurations;

  /** Per marked test: whether another test ran while it did. */
  final boolean[] testConcurrent;

  /** Per marked test: the slots its lines changed. */
  final int[][] testSlots;

  /** Per marked test: two per slot in {@link #testSlots}: hits, nanoseconds. */
  final long[][] testCounts;

  /**
   * With memory counting, two per slot: {@code [2 * slot]} bytes allocated, {@code [2 * slot + 1]}
   * heap in use at the last entry; null without.
   */
  final long[] allocs;

  /** Wraps the arrays returned by {@code LineRecorder.snapshot()}. */
  RecorderSnapshot(Object[] raw) {
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
    allocs = raw.length > 6 ? (long[]) raw[6] : null;
  }
}
