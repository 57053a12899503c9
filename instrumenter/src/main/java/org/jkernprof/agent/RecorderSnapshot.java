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

  /** Wraps the arrays returned by {@code LineRecorder.snapshot()}. */
  RecorderSnapshot(Object[] raw) {
    methods = (String[][]) raw[0];
    slotMethod = (int[]) raw[1];
    slotLine = (int[]) raw[2];
    slotNested = (boolean[]) raw[3];
    counts = (long[]) raw[4];
  }
}
