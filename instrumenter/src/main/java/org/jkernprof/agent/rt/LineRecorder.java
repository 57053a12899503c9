package org.jkernprof.agent.rt;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * The entry point of the line-profiling runtime. Instrumented methods call {@link #enter} once per
 * frame to get their thread's {@link LineCounters}; the agent registers methods and line slots
 * while it instruments, and takes a {@link #snapshot} when it writes results.
 *
 * <p>{@link #beginTest} and {@link #endTest} are what {@code org.jkernprof.JKernprof} calls, by
 * reflection, for test frameworks, so that results can be split by test; its on/off switch and dump
 * are {@link RecordingSwitch}'s.
 */
public final class LineRecorder {
  private static final SlotRegistry REGISTRY = new SlotRegistry();

  private static final TestSpans TESTS = new TestSpans();

  /**
   * The counters of threads that recorded, until they end and are folded into {@link #retired}, so
   * no count is ever lost and no ended thread's counters are kept for long. Its lock guards {@link
   * #retired} too.
   */
  private static final ThreadCounterList<LineCounters> THREADS = new ThreadCounterList<>();

  /**
   * The summed counts of ended threads whose counters were dropped: {@link LineCounters#SLOT_LONGS}
   * longs per slot.
   */
  private static long[] retired = new long[0];

  /** The probes and frame entries those ended threads ran, in all. */
  private static long retiredEvents;

  private static long retiredEntries;

  /** Their memory counts, as {@link LineCounters#addAllocsTo} sums them; two longs per slot. */
  private static long[] retiredAllocs = new long[0];

  private static final ThreadLocal<LineCounters> COUNTERS =
      new ThreadLocal<LineCounters>() {
        @Override
        protected LineCounters initialValue() {
          LineCounters counters = new LineCounters(REGISTRY.slotCount(), allocatedBytes);
          synchronized (THREADS) {
            retire(THREADS.add(counters, Thread.currentThread()));
          }
          return counters;
        }
      };

  /**
   * The current thread's allocated-bytes counter when memory is counted, else null; set by the
   * agent at start-up, before any profiled code runs.
   */
  private static volatile LongSupplier allocatedBytes;

  private LineRecorder() {}

  /**
   * Called once at the start of every instrumented frame.
   *
   * @param slotCapacity one more than the highest slot the calling method's probes use
   * @return the current thread's counters, with room for those slots
   */
  public static LineCounters enter(int slotCapacity) {
    LineCounters counters = COUNTERS.get();
    if (!RecordingSwitch.isRecording()) {
      counters = counters.discarding();
    }
    counters.ensureCapacity(slotCapacity);
    return counters;
  }

  /**
   * Called once at the start of every frame with counting probes ({@code --timer=sampled}): the
   * current thread's hit array for the method's table, whose entry {@code i} its probes increment
   * where line {@code i} starts. Frames that start while recording is off get an array that is
   * never summed. Three ways, fastest first: the primary thread's array ({@link PrimaryHits}, a
   * constant once compiled), the last thread's ({@link #lastHits}), the thread's {@link
   * ThreadLocal}; only the first is inlined into every instrumented method.
   *
   * @param table the id {@link #registerHitTable} gave the method
   */
  public static long[] hitCounts(int table) {
    if (PrimaryThread.isCurrent() && table < PrimaryHits.TABLES) {
      Object hits = PrimaryHits.ARRAYS[table];
      if (hits != null) {
        return (long[]) hits;
      }
    }
    return hitCountsOfThisThread(table);
  }

  /**
   * A counting probe of a method with several: {@code counts[index]++}, on the array its frame
   * fetched with {@link #hitCounts}. A call rather than the increment itself, for the JIT's
   * inlining limits (see {@code CountingProbeInserter}); it inlines to the increment.
   */
  public static void hit(long[] counts, int index) {
    counts[index]++;
  }

  /** The counting probe of a method with only one: entry {@code index} of table {@code table}. */
  public static void hitAt(int table, int index) {
    hitCounts(table)[index]++;
  }

  /**
   * {@link #hitCounts} past the primary thread's arrays: the last thread's, else the thread's own
   * from its counters, remembered for the table's next frame unless recording is off.
   */
  private static long[] hitCountsOfThisThread(int table) {
    Thread current = Thread.currentThread();
    OwnedHits[] cache = lastHits;
    if (table < cache.length) {
      OwnedHits last = cache[table];
      if (last != null && last.owner == current && RecordingSwitch.isRecording()) {
        return last.hits;
      }
    }
    LineCounters counters = COUNTERS.get();
    if (!RecordingSwitch.isRecording()) {
      return counters.discarding().hits(table);
    }
    long[] hits = counters.hits(table);
    if (table < PrimaryHits.TABLES && PrimaryThread.chooseCurrent()) {
      PrimaryHits.ARRAYS[table] = hits;
    } else if (table < cache.length) {
      cache[table] = new OwnedHits(current, hits);
    }
    return hits;
  }

  /**
   * The primary thread's hit arrays by table, each written once, by that thread. {@link Stable}:
   * the JIT compiles a method's fetch to its array as a constant. Declared {@code Object[]}, not
   * {@code long[][]}: stability reaches down the declared type's dimensions, and the counts inside
   * the arrays must never be read as constants. A holder, so the array is made only with counting
   * probes.
   */
  private static final class PrimaryHits {
    static final int TABLES = 1 << 15;
    @Stable static final Object[] ARRAYS = new Object[TABLES];

    private PrimaryHits() {}
  }

  /**
   * Registers the line slots of one method with counting probes, in the order of its hit array, and
   * returns the table's id for {@link #hitCounts}.
   */
  public static int registerHitTable(int[] slots) {
    synchronized (REGISTRY) {
      int table = REGISTRY.hitTable(slots);
      if (table >= lastHits.length) {
        lastHits = Arrays.copyOf(lastHits, Math.max(64, 2 * table));
      }
      return table;
    }
  }

  /**
   * Per hit table, the last thread that fetched its array in {@link #hitCounts} and that array, so
   * that a thread calling the same methods again and again (most programs' hot paths) finds its own
   * array with two loads and a compare instead of a {@link ThreadLocal} look-up. Only ever a
   * shortcut: a frame uses the array only if it is its own thread's; a stale or overwritten entry
   * sends it the long way. Grown when tables are registered, before their classes run.
   */
  private static OwnedHits[] lastHits = new OwnedHits[64];

  /** A thread and its hit array for one table; never changes. */
  private static final class OwnedHits {
    final Thread owner;
    final long[] hits;

    OwnedHits(Thread owner, long[] hits) {
      this.owner = owner;
      this.hits = hits;
    }
  }

  /** The slots registered for hit table {@code table}. */
  static int[] hitTableSlots(int table) {
    return REGISTRY.hitTableSlots(table);
  }

  /**
   * Counts the bytes each line allocates, with {@code counter}: the current thread's allocated
   * bytes so far. Must be called before any profiled code runs; probes then call {@link
   * LineCounters#lineWithMemory}.
   */
  public static void countMemory(LongSupplier counter) {
    allocatedBytes = counter;
  }

  /**
   * Marks the start of a test: what every thread records from now until {@link #endTest} is that
   * test's share. Sums every thread's counts, so it costs as much as a small snapshot.
   *
   * @param name the test's name, as results should show it
   * @return the id to pass to {@link #endTest}
   */
  public static long beginTest(String name) {
    long now = System.nanoTime();
    return TESTS.begin(name, totals(now, new long[2]), now);
  }

  /** Marks the end of the test {@link #beginTest} returned {@code id} for; ignored if unknown. */
  public static void endTest(long id) {
    long now = System.nanoTime();
    TESTS.end(id, totals(now, new long[2]), now);
  }

  /**
   * Ends the test as {@link #endTest} does, and returns the hits of every line it ran, in plain
   * arrays (this class may live in another class loader than its caller): {@code {String[]
   * className, String[] methodName, int[] line, long[] hits}} with one entry per line, the lines of
   * code nested in a method under that method. Null if no such test was running.
   */
  public static Object[] endTestHits(long id) {
    long now = System.nanoTime();
    Object[] ended = TESTS.end(id, totals(now, new long[2]), now);
    if (ended == null) {
      return null;
    }
    int[] slots = (int[]) ended[0];
    long[] counts = (long[]) ended[1];
    long[] hits = new long[slots.length];
    for (int i = 0; i < slots.length; i++) {
      hits[i] = counts[LineCounters.SLOT_LONGS * i + LineCounters.HITS];
    }
    Object[] described = REGISTRY.describe(slots);
    return new Object[] {described[0], described[1], described[2], hits};
  }

  /** Registers a profiled method, or finds it if it already is, and returns its id. */
  public static int registerMethod(
      String className, String methodName, String descriptor, String sourceFile) {
    return REGISTRY.method(className, methodName, descriptor, sourceFile);
  }

  /**
   * Returns the slot for one line of a registered method.
   *
   * @param nested whether the probe sits in a lambda or inner class written inside the method,
   *     rather than in the method's own frame
   */
  public static int registerLine(int methodId, int line, boolean nested) {
    return REGISTRY.slot(methodId, line, nested);
  }

  /**
   * Sums the counts of every thread, living or ended, with the time so far of every line still
   * running. Plain arrays, since this class may live in another class loader than its caller:
   * {@code {String[][] methods (class, name, descriptor, source file per method id), int[]
   * slotMethod, int[] slotLine, boolean[] slotNested, long[] counts, Object[] tests, long[] allocs,
   * long[] probes}}, where {@code counts} holds {@link LineCounters#SLOT_LONGS} longs per slot as
   * {@link LineCounters} lays them out, {@code tests} each marked test's share as {@link
   * TestSpans#snapshot} describes it, {@code allocs} is null unless memory is counted, else two
   * longs per slot: bytes allocated, heap in use at the last entry; and {@code probes} the
   * clock-reading probes and frame entries of every thread in all.
   */
  public static Object[] snapshot() {
    long now = System.nanoTime();
    long[] probes = new long[2];
    long[] totals = totals(now, probes);
    Object[] all = new Object[LineSnapshot.LENGTH];
    REGISTRY.snapshot(totals, all);
    all[LineSnapshot.TESTS] = TESTS.snapshot(totals, now);
    all[LineSnapshot.ALLOCS] =
        allocatedBytes == null ? null : allocTotals(2 * (totals.length / LineCounters.SLOT_LONGS));
    all[LineSnapshot.PROBES] = probes;
    return all;
  }

  /**
   * The counts so far of {@code slots} in the counters the current thread's frames would record
   * into now: {@link LineCounters#SLOT_LONGS} longs per slot, in the order given, then the
   * clock-reading probes and the frame entries of those counters in all. For measuring the probes'
   * own cost in this thread, which must run nothing else meanwhile.
   */
  public static long[] currentThreadCounts(int[] slots) {
    LineCounters counters = enter(1);
    long[] picked = new long[LineCounters.SLOT_LONGS * slots.length + 2];
    for (int i = 0; i < slots.length; i++) {
      counters.copyCounts(slots[i], picked, LineCounters.SLOT_LONGS * i);
    }
    picked[picked.length - 2] = counters.events();
    picked[picked.length - 1] = counters.entries();
    return picked;
  }

  private static long[] allocTotals(int length) {
    long[] totals = new long[length];
    synchronized (THREADS) {
      retire(THREADS.removeEnded());
      for (int i = 0; i + 1 < Math.min(retiredAllocs.length, totals.length); i += 2) {
        totals[i] += retiredAllocs[i];
        totals[i + 1] = Math.max(totals[i + 1], retiredAllocs[i + 1]);
      }
      for (LineCounters counters : THREADS.held()) {
        counters.addAllocsTo(totals);
      }
    }
    return totals;
  }

  /**
   * Every thread's counts summed, with the time so far of each line still running; {@code probes}
   * receives the clock-reading probes and the frame entries of every thread, in all.
   */
  private static long[] totals(long now, long[] probes) {
    long[] totals = new long[LineCounters.SLOT_LONGS * REGISTRY.slotCount()];
    synchronized (THREADS) {
      retire(THREADS.removeEnded());
      for (int i = 0; i < Math.min(retired.length, totals.length); i++) {
        totals[i] += retired[i];
      }
      probes[0] = retiredEvents;
      probes[1] = retiredEntries;
      for (LineCounters counters : THREADS.held()) {
        counters.addTo(totals, now);
        probes[0] += counters.events();
        probes[1] += counters.entries();
      }
    }
    return totals;
  }

  /** Adds the counts of ended threads to {@link #retired}; the caller holds the lock. */
  private static void retire(Iterable<LineCounters> ended) {
    long now = System.nanoTime();
    for (LineCounters counters : ended) {
      int slots = REGISTRY.slotCount();
      if (retired.length < LineCounters.SLOT_LONGS * slots) {
        retired = Arrays.copyOf(retired, LineCounters.SLOT_LONGS * slots);
        retiredAllocs = Arrays.copyOf(retiredAllocs, 2 * slots);
      }
      counters.addTo(retired, now);
      counters.addAllocsTo(retiredAllocs);
      retiredEvents += counters.events();
      retiredEntries += counters.entries();
    }
  }

  /** How many threads' counters are held now, live or not yet retired: for tests. */
  static int heldCounters() {
    synchronized (THREADS) {
      return THREADS.held().size();
    }
  }
}
