package org.jkernprof.agent.rt;

/**
 * One thread's hit and time counters, one pair per line slot, and the line each of the thread's
 * active profiled frames is on. Probes call {@link #line} when a line starts and {@link #exit} when
 * the frame ends; only the owning thread writes here, so the hot path takes no lock and allocates
 * nothing.
 *
 * <p>Each frame has an index into this thread's frame table, where it keeps the slot of the line it
 * is on and when that line started. Each probe credits the elapsed time to that slot, so a line's
 * time runs from its start to the start of the frame's next line, or to the frame's end. Because
 * that state lives here rather than in the frame, a snapshot taken while lines are still running
 * (at exit after SIGTERM, say) can credit them with their time so far.
 */
public final class LineCounters {
  /**
   * {@code counts[2 * slot]} is the slot's hits, {@code counts[2 * slot + 1]} its nanoseconds. Not
   * volatile: a volatile read per line event would keep the JIT from holding these arrays in
   * registers across a loop, and the reader ({@link #addTo}) runs when the writers are done or
   * being stopped, where a stale reference costs at most the counts of the very last moment.
   */
  private long[] counts;

  /**
   * Per active frame (index 1 up to {@link #depth}): {@code frames[2 * frame]} is the slot its
   * current line's time goes to, {@code frames[2 * frame + 1]} when that line started. One array,
   * so a line event touches one cache line of it. Room for 7 frames at first, doubled when full:
   * small, since a program may run a million threads, each with counters of its own.
   */
  private long[] frames = new long[16];

  /** The index of the innermost active frame; 0 when none is active. */
  private int depth;

  /**
   * This thread's counters for frames that start while recording is off: they work like these but
   * are never summed, so such frames cost what recorded ones do and the probes need no check of
   * their own. Made on first use.
   */
  private LineCounters discarded;

  LineCounters(int slotCapacity) {
    counts = new long[2 * slotCapacity];
  }

  /**
   * Called by the probe at the start of a line.
   *
   * @param frame the calling frame's index, from {@link #push}
   * @param slot the slot of the line that starts now, whose hit this is unless the frame was
   *     already on it
   * @param keptSlot the slot that gets the line's time: {@code slot}, or {@link
   *     SlotRegistry#NO_SLOT} for nested code whose time the enclosing line already counts
   */
  public void line(int frame, int slot, int keptSlot) {
    long now = System.nanoTime();
    long[] c = counts;
    long[] f = frames;
    int previous = (int) f[2 * frame];
    c[2 * previous + 1] += now - f[2 * frame + 1];
    if (previous != slot) {
      c[2 * slot]++;
    }
    f[2 * frame] = keptSlot;
    f[2 * frame + 1] = now;
  }

  /** Called when the frame returns or throws: closes the line the frame was on. */
  public void exit(int frame) {
    long now = System.nanoTime();
    long[] f = frames;
    counts[2 * (int) f[2 * frame] + 1] += now - f[2 * frame + 1];
    // Setting rather than decrementing also forgets inner frames that an exception left without
    // calling exit (one thrown by a super constructor, which no handler of ours can cover).
    depth = frame - 1;
  }

  /** Opens a frame and returns its index; called once per frame entry, never per line. */
  public int push() {
    int frame = depth + 1;
    long[] f = frames;
    if (2 * frame + 1 >= f.length) {
      f = new long[f.length * 2];
      System.arraycopy(frames, 0, f, 0, frames.length);
      frames = f;
    }
    f[2 * frame] = SlotRegistry.NO_SLOT;
    depth = frame;
    return frame;
  }

  /** The same thread's counters whose counts are thrown away; see {@link #discarded}. */
  LineCounters discarding() {
    LineCounters d = discarded;
    if (d == null) {
      d = new LineCounters(counts.length / 2);
      discarded = d;
    }
    return d;
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

  /**
   * Adds this thread's counts to {@code totals}, which holds two longs per slot, and the time so
   * far of the line each of its active frames is on.
   */
  void addTo(long[] totals, long now) {
    long[] c = counts;
    int n = Math.min(c.length, totals.length);
    for (int i = 2; i < n; i++) {
      totals[i] += c[i];
    }
    long[] f = frames;
    int active = Math.min(depth, f.length / 2 - 1);
    for (int frame = 1; frame <= active; frame++) {
      int slot = (int) f[2 * frame];
      long start = f[2 * frame + 1];
      if (slot > 0 && 2 * slot + 1 < totals.length && now > start) {
        totals[2 * slot + 1] += now - start;
      }
    }
  }
}
