package org.jkernprof.agent.rt;

import java.util.Arrays;
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
 *
 * <p>A line's time includes the profiler's own work done inside it: one probe per stretch of the
 * line (the end of the probe that starts it and the start of the one that ends it), and every probe
 * of the profiled frames it calls. So that a report can take that cost out, each slot also counts
 * the clock-reading probes ({@link #line}, {@link #exit}) and the frame entries ({@link #push})
 * that ran inside its time: exact counts, to be multiplied by costs measured in the same run.
 */
public final class LineCounters {
  /** How many bytes a thread allocates between two reads of the heap in use. */
  static final long HEAP_READ_BYTES = 64 * 1024;

  /**
   * Longs per slot in a page: {@link #HITS}, {@link #NANOS}, {@link #EVENTS}, {@link #ENTRIES}; the
   * layout of every summed table of slot counts, too.
   */
  public static final int SLOT_LONGS = 4;

  /** Offset of a slot's hits: how often a frame entered the line. */
  public static final int HITS = 0;

  /** Offset of a slot's wall time in nanoseconds. */
  public static final int NANOS = 1;

  /**
   * Offset of how many clock-reading probes ran inside the slot's time: the one that ended each of
   * its stretches, and every one of the frames it called.
   */
  public static final int EVENTS = 2;

  /** Offset of how many profiled frames were entered inside the slot's time. */
  public static final int ENTRIES = 3;

  /** Longs per active frame in {@link #frames}: slot, start, events and entries at its entry. */
  private static final int FRAME_LONGS = 4;

  /** Slots per page: {@code 1 << PAGE_SHIFT}. */
  static final int PAGE_SHIFT = 6;

  private static final int PAGE_SLOTS = 1 << PAGE_SHIFT;
  private static final int PAGE_MASK = PAGE_SLOTS - 1;

  /**
   * The counters in pages of {@link #PAGE_SLOTS} slots, made when the thread first runs one of
   * their lines: a thread holds the pages of the code it ran, not a pair of longs for every line of
   * the program (a thousand threads each running one method of a program with 65,000 profiled lines
   * would otherwise hold a gigabyte). In page {@code slot >>> PAGE_SHIFT}, the slot's {@link
   * #SLOT_LONGS} counts start at {@code SLOT_LONGS * (slot & PAGE_MASK)}. Page 0, which holds
   * {@link SlotRegistry#NO_SLOT}, always exists. Not volatile: a volatile read per line event would
   * keep the JIT from holding these arrays in registers across a loop, and the reader ({@link
   * #addTo}) runs when the writers are done or being stopped, where a stale reference costs at most
   * the counts of the very last moment.
   */
  private long[][] pages;

  /**
   * Per active frame (index 1 up to {@link #depth}), {@link #FRAME_LONGS} longs from {@code
   * FRAME_LONGS * frame}: the slot its current line's time goes to, when that line started, and
   * {@link #events} and {@link #entries} when the frame was entered. One array, so a line event
   * touches one cache line of it. Room for 7 frames at first, doubled when full: small, since a
   * program may run a million threads, each with counters of its own. Frame 0 stands for the code
   * that called the outermost profiled frame, and stays on {@link SlotRegistry#NO_SLOT}.
   */
  private long[] frames = new long[FRAME_LONGS * 8];

  /** How many clock-reading probes ({@link #line}, {@link #exit}) this thread has run. */
  private long events;

  /** How many profiled frames this thread has entered. */
  private long entries;

  /** The index of the innermost active frame; 0 when none is active. */
  private int depth;

  /**
   * With memory counting on: the current thread's allocated-bytes counter; null without. Read per
   * line event, and the same object for the whole run, so the JIT sees one receiver.
   */
  private final LongSupplier allocatedBytes;

  /**
   * With memory counting, pages as {@link #pages}, made with them: at {@code 2 * (slot &
   * PAGE_MASK)} the bytes the thread allocated while the slot's line ran, next the heap in use when
   * the line was last entered. Null without.
   */
  private long[][] allocPages;

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

  /**
   * For counting probes: per hit table id, this thread's hits of each of its entries, made when the
   * thread first enters the table's method; summed into the slots of {@link #hitSlots} by {@link
   * #addTo}. The owning thread writes them with plain increments, as it does {@link #pages}.
   */
  long[][] hitTables = new long[0][];

  /** Per hit table id, the slots its entries count. */
  private int[][] hitSlots = new int[0][];

  LineCounters(int slotCapacity, LongSupplier allocatedBytes) {
    this.allocatedBytes = allocatedBytes;
    pages = new long[pageCount(slotCapacity)][];
    allocPages = allocatedBytes == null ? null : new long[pages.length][];
    frameAllocs = allocatedBytes == null ? null : new long[8];
    newPage(SlotRegistry.NO_SLOT);
  }

  private static int pageCount(int slotCapacity) {
    return Math.max(1, (slotCapacity + PAGE_SLOTS - 1) >>> PAGE_SHIFT);
  }

  /** Makes the page of {@code slot} (and its memory page); off the hot path, once per page. */
  private long[] newPage(int slot) {
    long[] page = new long[SLOT_LONGS * PAGE_SLOTS];
    pages[slot >>> PAGE_SHIFT] = page;
    if (allocPages != null) {
      allocPages[slot >>> PAGE_SHIFT] = new long[2 * PAGE_SLOTS];
    }
    return page;
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
    long[][] a = allocPages;
    int previous = (int) frames[FRAME_LONGS * frame];
    a[previous >>> PAGE_SHIFT][2 * (previous & PAGE_MASK)] += allocated - fa[frame];
    fa[frame] = allocated;
    line(frame, slot, keptSlot);
    if (previous != slot) {
      // After line(), which made the slot's page if it was new.
      a[slot >>> PAGE_SHIFT][2 * (slot & PAGE_MASK) + 1] = heapInUse(allocated);
    }
  }

  /** The probe at the frame's end when memory is counted: {@link #exit} plus the bytes. */
  public void exitWithMemory(int frame) {
    long allocated = allocatedBytes.getAsLong();
    long[] fa = frameAllocs;
    if (frame < fa.length) {
      int slot = (int) frames[FRAME_LONGS * frame];
      allocPages[slot >>> PAGE_SHIFT][2 * (slot & PAGE_MASK)] += allocated - fa[frame];
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
    long[][] p = pages;
    long[] f = frames;
    int at = FRAME_LONGS * frame;
    int previous = (int) f[at];
    // The previous slot's page exists: it was hit, or it is NO_SLOT's.
    long[] previousPage = p[previous >>> PAGE_SHIFT];
    int counts = SLOT_LONGS * (previous & PAGE_MASK);
    previousPage[counts + NANOS] += now - f[at + 1];
    previousPage[counts + EVENTS]++;
    events++;
    if (previous != slot) {
      long[] page = p[slot >>> PAGE_SHIFT];
      if (page == null) {
        page = newPage(slot);
      }
      page[SLOT_LONGS * (slot & PAGE_MASK) + HITS]++;
    }
    f[at] = keptSlot;
    f[at + 1] = now;
  }

  /**
   * Called when the frame returns or throws: closes the line the frame was on, and counts the
   * frame's entry and every probe that ran in it, its callees' included, into the line of the frame
   * that called it, whose time they are part of.
   */
  public void exit(int frame) {
    long now = System.nanoTime();
    long[][] p = pages;
    long[] f = frames;
    int at = FRAME_LONGS * frame;
    int slot = (int) f[at];
    long[] page = p[slot >>> PAGE_SHIFT];
    int counts = SLOT_LONGS * (slot & PAGE_MASK);
    page[counts + NANOS] += now - f[at + 1];
    page[counts + EVENTS]++;
    long e = ++events;
    int caller = (int) f[at - FRAME_LONGS];
    long[] callerPage = p[caller >>> PAGE_SHIFT];
    int callerCounts = SLOT_LONGS * (caller & PAGE_MASK);
    callerPage[callerCounts + EVENTS] += e - f[at + 2];
    callerPage[callerCounts + ENTRIES] += entries - f[at + 3];
    // Setting rather than decrementing also forgets inner frames that an exception left without
    // calling exit (one thrown by a super constructor, which no handler of ours can cover).
    depth = frame - 1;
  }

  /** Opens a frame and returns its index; called once per frame entry, never per line. */
  public int push() {
    int frame = depth + 1;
    long[] f = frames;
    int at = FRAME_LONGS * frame;
    if (at + FRAME_LONGS > f.length) {
      f = new long[f.length * 2];
      System.arraycopy(frames, 0, f, 0, frames.length);
      frames = f;
    }
    f[at] = SlotRegistry.NO_SLOT;
    f[at + 2] = events;
    f[at + 3] = entries++;
    depth = frame;
    return frame;
  }

  /**
   * This thread's hits of hit table {@code table}: the fast path of {@link LineRecorder#hitCounts},
   * small enough to inline.
   */
  long[] hits(int table) {
    long[][] t = hitTables;
    if (table < t.length) {
      long[] h = t[table];
      if (h != null) {
        return h;
      }
    }
    return newHits(table);
  }

  /** Makes this thread's array for hit table {@code table}; once per thread and table. */
  private long[] newHits(int table) {
    int[] slots = LineRecorder.hitTableSlots(table);
    if (table >= hitTables.length) {
      int length = Math.max(table + 1, 2 * hitTables.length);
      hitSlots = Arrays.copyOf(hitSlots, length);
      hitTables = Arrays.copyOf(hitTables, length);
    }
    long[] h = new long[slots.length];
    hitSlots[table] = slots;
    hitTables[table] = h;
    return h;
  }

  /** The same thread's counters whose counts are thrown away; see {@link #discarded}. */
  LineCounters discarding() {
    LineCounters d = discarded;
    if (d == null) {
      d = new LineCounters(pages.length << PAGE_SHIFT, allocatedBytes);
      discarded = d;
    }
    return d;
  }

  /**
   * Makes room for the pages of slots below {@code slotCapacity} (the pages themselves are made
   * when first used); called at frame entry, never per line.
   */
  void ensureCapacity(int slotCapacity) {
    if (pages.length << PAGE_SHIFT < slotCapacity) {
      int count = Math.max(pageCount(slotCapacity), 2 * pages.length);
      pages = Arrays.copyOf(pages, count);
      if (allocPages != null) {
        allocPages = Arrays.copyOf(allocPages, count);
      }
    }
  }

  /** How many longs this thread's counters hold in pages, memory pages included: for tests. */
  long heldLongs() {
    long held = 0;
    for (int p = 0; p < pages.length; p++) {
      held += pages[p] == null ? 0 : pages[p].length;
      held += allocPages == null || allocPages[p] == null ? 0 : allocPages[p].length;
    }
    return held;
  }

  /**
   * Adds this thread's memory counts to {@code totals}, two longs per slot: the bytes are summed,
   * the heap in use at the last entry is the highest of the threads'. Nothing without memory
   * counting.
   */
  void addAllocsTo(long[] totals) {
    long[][] a = allocPages;
    if (a == null) {
      return;
    }
    for (int p = 0; p < a.length; p++) {
      long[] page = a[p];
      int base = 2 * (p << PAGE_SHIFT);
      int n = page == null ? 0 : Math.min(page.length, totals.length - base);
      // Slot 0, NO_SLOT, is not a line.
      for (int i = p == 0 ? 2 : 0; i + 1 < n; i += 2) {
        totals[base + i] += page[i];
        totals[base + i + 1] = Math.max(totals[base + i + 1], page[i + 1]);
      }
    }
  }

  /**
   * Adds this thread's counts to {@code totals}, which holds {@link #SLOT_LONGS} longs per slot,
   * and what its active frames have done so far: the time of the line each is on, and the probes
   * and entries of the frames each of them called.
   */
  void addTo(long[] totals, long now) {
    long[][] pp = pages;
    for (int p = 0; p < pp.length; p++) {
      long[] page = pp[p];
      int base = SLOT_LONGS * (p << PAGE_SHIFT);
      int n = page == null ? 0 : Math.min(page.length, totals.length - base);
      for (int i = p == 0 ? SLOT_LONGS : 0; i < n; i++) {
        totals[base + i] += page[i];
      }
    }
    addHitsTo(totals);
    long[] f = frames;
    int active = Math.min(depth, f.length / FRAME_LONGS - 1);
    for (int frame = 1; frame <= active; frame++) {
      int at = FRAME_LONGS * frame;
      int slot = (int) f[at];
      int counts = SLOT_LONGS * slot;
      if (slot > 0 && counts + ENTRIES < totals.length) {
        totals[counts + NANOS] += Math.max(0, now - f[at + 1]);
        if (frame < active) {
          int inner = at + FRAME_LONGS;
          totals[counts + EVENTS] += events - f[inner + 2];
          totals[counts + ENTRIES] += entries - f[inner + 3];
        }
      }
    }
  }

  /**
   * Adds the hits of the counting probes' tables to their slots' {@link #HITS} in {@code totals}.
   */
  private void addHitsTo(long[] totals) {
    long[][] t = hitTables;
    int[][] s = hitSlots;
    for (int table = 0; table < Math.min(t.length, s.length); table++) {
      long[] h = t[table];
      int[] slots = s[table];
      if (h == null || slots == null) {
        continue;
      }
      for (int i = 0; i < h.length; i++) {
        int at = SLOT_LONGS * slots[i] + HITS;
        if (at < totals.length) {
          totals[at] += h[i];
        }
      }
    }
  }

  /**
   * Copies {@code slot}'s {@link #SLOT_LONGS} counts to {@code target} from {@code offset}; zeros
   * if the thread never ran its line. For one slot, without summing every page as {@link #addTo}
   * does.
   */
  void copyCounts(int slot, long[] target, int offset) {
    int p = slot >>> PAGE_SHIFT;
    long[] page = p < pages.length ? pages[p] : null;
    if (page != null) {
      System.arraycopy(page, SLOT_LONGS * (slot & PAGE_MASK), target, offset, SLOT_LONGS);
    }
    long[][] t = hitTables;
    int[][] s = hitSlots;
    for (int table = 0; table < Math.min(t.length, s.length); table++) {
      for (int i = 0; t[table] != null && s[table] != null && i < s[table].length; i++) {
        if (s[table][i] == slot) {
          target[offset + HITS] += t[table][i];
        }
      }
    }
  }

  /** How many clock-reading probes this thread has run. */
  long events() {
    return events;
  }

  /** How many profiled frames this thread has entered. */
  long entries() {
    return entries;
  }
}
