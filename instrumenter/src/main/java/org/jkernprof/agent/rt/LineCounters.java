package org.jkernprof.agent.rt;

import java.util.function.LongSupplier;

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
  /** How many bytes a thread allocates between two reads of the heap in use. */
  static final long HEAP_READ_BYTES = 64 * 1024;

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
   * With memory counting on: the current thread's allocated-bytes counter; null without. Read per
   * line event, and the same object for the whole run, so the JIT sees one receiver.
   */
  private final LongSupplier allocatedBytes;

  /**
   * With memory counting: {@code allocs[2 * slot]} is the bytes the thread allocated while the
   * slot's line ran, {@code allocs[2 * slot + 1]} the heap in use when the line was last entered.
   */
  private long[] allocs;

  /** With memory counting, per active frame: the allocated-bytes counter when its line started. */
  private long[] frameAllocs;

  /** The thread's allocated-bytes counter when the heap in use was last read. */
  private long heapReadAt = Long.MIN_VALUE;

  /** The heap in use read then. */
  private long heapAtRead;

  /**
   * This thread's counters for frames that start while recording is off: they work like these but
   * are never summed, so such frames cost what recorded ones do and the probes need no check of
   * their own. Made on first use.
   */
  private LineCounters discarded;

  LineCounters(int slotCapacity, LongSupplier allocatedBytes) {
    counts = new long[2 * slotCapacity];
    this.allocatedBytes = allocatedBytes;
    allocs = allocatedBytes == null ? null : new long[2 * slotCapacity];
    frameAllocs = allocatedBytes == null ? null : new long[8];
  }

  /**
   * The probe at the start of a line when memory is counted: {@link #line} plus the bytes the
   * thread allocated since the frame's previous line event, which go to the line that ran, as its
   * time does.
   */
  public void lineWithMemory(int frame, int slot, int keptSlot) {
    long allocated = allocatedBytes.getAsLong();
    long[] fa = frameAllocs;
    if (frame >= fa.length) {
      fa = growFrameAllocs(frame);
    }
    long[] a = allocs;
    int previous = (int) frames[2 * frame];
    a[2 * previous] += allocated - fa[frame];
    fa[frame] = allocated;
    if (previous != slot) {
      a[2 * slot + 1] = heapInUse(allocated);
    }
    line(frame, slot, keptSlot);
  }

  /** The probe at the frame's end when memory is counted: {@link #exit} plus the bytes. */
  public void exitWithMemory(int frame) {
    long allocated = allocatedBytes.getAsLong();
    long[] fa = frameAllocs;
    if (frame < fa.length) {
      allocs[2 * (int) frames[2 * frame]] += allocated - fa[frame];
    }
    exit(frame);
  }

  /**
   * The heap in use now, estimated: read from the runtime only after the thread allocated {@link
   * #HEAP_READ_BYTES} since the last read, plus what it allocated since. Reading it at every line
   * would cost more than the rest of the probe.
   */
  private long heapInUse(long allocated) {
    if (allocated - heapReadAt >= HEAP_READ_BYTES || heapReadAt == Long.MIN_VALUE) {
      Runtime runtime = Runtime.getRuntime();
      heapAtRead = runtime.totalMemory() - runtime.freeMemory();
      heapReadAt = allocated;
    }
    return heapAtRead + (allocated - heapReadAt);
  }

  private long[] growFrameAllocs(int frame) {
    long[] bigger = new long[Math.max(frame + 1, frameAllocs.length * 2)];
    System.arraycopy(frameAllocs, 0, bigger, 0, frameAllocs.length);
    frameAllocs = bigger;
    return bigger;
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
      d = new LineCounters(counts.length / 2, allocatedBytes);
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
    if (allocs != null) {
      long[] biggerAllocs = new long[bigger.length];
      System.arraycopy(allocs, 0, biggerAllocs, 0, allocs.length);
      allocs = biggerAllocs;
    }
  }

  /**
   * Adds this thread's memory counts to {@code totals}, two longs per slot: the bytes are summed,
   * the heap in use at the last entry is the highest of the threads'. Nothing without memory
   * counting.
   */
  void addAllocsTo(long[] totals) {
    long[] a = allocs;
    if (a == null) {
      return;
    }
    int n = Math.min(a.length, totals.length);
    for (int i = 2; i + 1 < n; i += 2) {
      totals[i] += a[i];
      totals[i + 1] = Math.max(totals[i + 1], a[i + 1]);
    }
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
