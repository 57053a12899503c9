package org.jkernprof.agent.instr;

/** Where a line's time comes from, which decides the probes line mode inserts. */
public enum LineTimer {
  /**
   * Probes read the clock at every line start and frame exit ({@code LineCounters.line}, {@code
   * exit}): exact hits and wall time per line.
   */
  CLOCK,

  /**
   * Counting probes: one {@code LineRecorder.hitCounts(table)} per frame, then an inline {@code
   * counts[i]++} per line start, with no clock read, no call and no exit probe. Hits are exact and
   * the same as {@link #CLOCK}'s; the time is left to stack samples, taken elsewhere.
   */
  SAMPLED
}
