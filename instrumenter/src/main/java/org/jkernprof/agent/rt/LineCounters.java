package org.jkernprof.agent.rt;

/**
 * One thread's hit and time counters, one pair per line slot. Probes call {@link #line} when a line
 * starts and {@link #exit} when the frame ends; only the owning thread writes here, so the hot path
 * takes no lock and allocates nothing.
 *
 * <p>A frame keeps two locals of its own: the slot of the line it is on and the time that line
 * started. Each probe credits the elapsed time to that slot, so a line's time runs from its start
 * to the start of the frame's next line, or to the frame's end.
 */
public final class LineCounters {
  /** {@code counts[2 * slot]} is the slot's hits, {@code counts[2 * slot + 1]} its nanoseconds. */
  private volatile long[] counts;

  LineCounters(int slotCapacity) {
    counts = new long[2 * slotCapacity];
  }

  /**
   * Called by the probe at the start of a line.
   *
   * @param previousSlot the slot of the line the frame was on ({@link SlotRegistry#NO_SLOT} at
   *     frame entry)
   * @param previousStart when that line started
   * @param slot the slot of the line that starts now
   * @return the time now, which becomes the frame's {@code previousStart}
   */
  public long line(int previousSlot, long previousStart, int slot) {
    long now = System.nanoTime();
    long[] c = counts;
    c[2 * previousSlot + 1] += now - previousStart;
    if (previousSlot != slot) {
      c[2 * slot]++;
    }
    return now;
  }

  /** Called when the frame returns or throws: closes the line the frame was on. */
  public void exit(int previousSlot, long previousStart) {
    long now = System.nanoTime();
    counts[2 * previousSlot + 1] += now - previousStart;
  }

  /** Makes room for slots below {@code slotCapacity}; called at frame entry, never per line. */
  void ensureCapacity(int slotCapacity) {
    long[] c = counts;
    if (c.length < 2 * slotCapacity) {
      grow(c, slotCapacity);
    }
  }

  private void grow(long[] old, int slotCapacity) {
    long[] bigger = new long[Math.max(2 * slotCapacity, old.length * 2)];
    System.arraycopy(old, 0, bigger, 0, old.length);
    counts = bigger;
  }

  /** Adds this thread's counts to {@code totals}, which holds two longs per slot. */
  void addTo(long[] totals) {
    long[] c = counts;
    int n = Math.min(c.length, totals.length);
    for (int i = 2; i < n; i++) {
      totals[i] += c[i];
    }
  }
}
