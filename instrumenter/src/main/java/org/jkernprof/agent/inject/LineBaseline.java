package org.jkernprof.agent.inject;

import org.jkernprof.agent.rt.LineSnapshot;

/**
 * The line recorder's counts at the start of an attached session, taken out of every later snapshot
 * so that the session counts from zero. The runtime lives in {@code java.base} for the rest of the
 * JVM's life, and a method registered again keeps its slots and their counts: without this, a
 * second session would report the first one's hits as well. Immutable.
 */
final class LineBaseline {
  private final long[] counts;
  private final long[] allocs;
  private final long[] probes;

  /** The baseline of {@code raw}, a snapshot laid out as {@link LineSnapshot} says. */
  LineBaseline(Object[] raw) {
    counts = (long[]) raw[LineSnapshot.COUNTS];
    allocs = (long[]) raw[LineSnapshot.ALLOCS];
    probes = (long[]) raw[LineSnapshot.PROBES];
  }

  /**
   * {@code raw}, a snapshot taken after this baseline, less the baseline: hits, times, probe counts
   * and allocated bytes. The heap in use at a line's last entry is a level, not a sum, and stays.
   * Changes {@code raw}'s arrays, which every snapshot makes anew, and returns it.
   */
  Object[] subtractFrom(Object[] raw) {
    Baselines.subtract((long[]) raw[LineSnapshot.COUNTS], counts, 1);
    long[] nowAllocs = (long[]) raw[LineSnapshot.ALLOCS];
    if (nowAllocs != null && allocs != null) {
      // Two per slot: bytes allocated (a sum), heap in use (a level).
      Baselines.subtract(nowAllocs, allocs, 2);
    }
    Baselines.subtract((long[]) raw[LineSnapshot.PROBES], probes, 1);
    return raw;
  }
}
