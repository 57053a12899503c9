package org.jkernprof.agent.rt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The entry point of the function-level runtime. Instrumented methods call {@link #enter} once per
 * frame to get their thread's {@link CallCounters}; the agent registers methods while it
 * instruments and takes a {@link #snapshot} when it writes results.
 */
public final class CallRecorder {
  private static final List<String[]> METHODS = new ArrayList<>();
  private static final List<Integer> FIRST_LINES = new ArrayList<>();
  private static final Map<String, Integer> IDS = new HashMap<>();

  /**
   * The counters of threads that recorded, until they end and are folded into {@link #RETIRED}, so
   * no count is ever lost and no ended thread's counters are kept for long. Its lock guards {@link
   * #RETIRED} too.
   */
  private static final ThreadCounterList<CallCounters> THREADS = new ThreadCounterList<>();

  /** The summed counts of ended threads whose counters were dropped. */
  private static final EdgeTotals RETIRED = new EdgeTotals();

  /** The calling-context trees of ended threads whose counters were dropped. */
  private static final PathTotals RETIRED_PATHS = new PathTotals();

  /** Their memory counts, own and cumulative bytes per method id; guarded by {@link #THREADS}. */
  private static long[] retiredAllocs = new long[0];

  private static final ThreadLocal<CallCounters> COUNTERS =
      new ThreadLocal<CallCounters>() {
        @Override
        protected CallCounters initialValue() {
          CallCounters counters = new CallCounters(methodCount(), allocatedBytes);
          synchronized (THREADS) {
            retire(THREADS.add(counters, Thread.currentThread()));
          }
          return counters;
        }
      };

  /** The current thread's allocated-bytes counter when memory is counted, else null. */
  private static volatile LongSupplier allocatedBytes;

  private CallRecorder() {}

  /**
   * Counts the bytes each call allocates, with {@code counter}: the current thread's allocated
   * bytes so far. Before any profiled code runs; probes then call the memory variants.
   */
  public static void countMemory(LongSupplier counter) {
    allocatedBytes = counter;
  }

  /**
   * Called once at the start of every instrumented frame.
   *
   * @param methodCapacity one more than the calling method's id
   */
  public static CallCounters enter(int methodCapacity) {
    CallCounters counters = COUNTERS.get();
    if (!RecordingSwitch.isRecording()) {
      // JKernprof.disable() applies to both modes: calls that start now are not counted.
      counters = counters.discarding();
    }
    counters.ensureCapacity(methodCapacity);
    return counters;
  }

  /**
   * Registers a method, or finds it if it already is (the same class in another class loader, say),
   * and returns its id.
   */
  public static int registerMethod(
      String className, String methodName, String descriptor, String sourceFile, int firstLine) {
    String key = className + '.' + methodName + descriptor;
    synchronized (METHODS) {
      Integer id = IDS.get(key);
      if (id == null) {
        id = METHODS.size();
        METHODS.add(new String[] {className, methodName, descriptor, sourceFile});
        FIRST_LINES.add(firstLine);
        IDS.put(key, id);
      }
      return id;
    }
  }

  static int methodCount() {
    synchronized (METHODS) {
      return METHODS.size();
    }
  }

  /**
   * Sums every thread's counts, with the calls still running counted up to now. Plain arrays, since
   * this class may live in another class loader than its caller, laid out as {@link CallSnapshot}
   * says; memory counts are those of the calls that ended.
   */
  public static Object[] snapshot() {
    String[][] methods;
    int[] firstLines;
    synchronized (METHODS) {
      methods = METHODS.toArray(new String[0][]);
      firstLines = new int[FIRST_LINES.size()];
      for (int i = 0; i < firstLines.length; i++) {
        firstLines[i] = FIRST_LINES.get(i);
      }
    }
    EdgeTotals edges = new EdgeTotals();
    PathTotals paths = new PathTotals();
    long now = System.nanoTime();
    synchronized (THREADS) {
      retire(THREADS.removeEnded());
      edges.addAll(RETIRED);
      paths.addAll(RETIRED_PATHS);
      for (CallCounters counters : THREADS.held()) {
        counters.addTo(edges, now);
        counters.addPathsTo(paths, now);
      }
    }
    int[] callees = edges.callees();
    long[] allCounts = edges.counts();
    long[] edgeCounts = new long[4 * callees.length];
    long[] edgeNesting = new long[2 * callees.length];
    long[] methodTotals = new long[4 * methods.length];
    long[] methodNesting = new long[2 * methods.length];
    for (int edge = 0; edge < callees.length; edge++) {
      int from = EdgeTotals.COUNTS * edge;
      System.arraycopy(allCounts, from, edgeCounts, 4 * edge, 4);
      System.arraycopy(allCounts, from + 4, edgeNesting, 2 * edge, 2);
      if (callees[edge] < methods.length) {
        for (int i = 0; i < 4; i++) {
          methodTotals[4 * callees[edge] + i] += allCounts[from + i];
        }
        for (int i = 0; i < 2; i++) {
          methodNesting[2 * callees[edge] + i] += allCounts[from + 4 + i];
        }
      }
    }
    long[] methodAllocs = null;
    if (allocatedBytes != null) {
      methodAllocs = new long[2 * methods.length];
      synchronized (THREADS) {
        retire(THREADS.removeEnded());
        for (int i = 0; i < Math.min(retiredAllocs.length, methodAllocs.length); i++) {
          methodAllocs[i] += retiredAllocs[i];
        }
        for (CallCounters counters : THREADS.held()) {
          counters.addAllocsTo(methodAllocs);
        }
      }
    }
    Object[] snapshot = new Object[CallSnapshot.LENGTH];
    snapshot[CallSnapshot.METHODS] = methods;
    snapshot[CallSnapshot.FIRST_LINES] = firstLines;
    snapshot[CallSnapshot.METHOD_COUNTS] = methodTotals;
    snapshot[CallSnapshot.EDGE_CALLERS] = edges.callers();
    snapshot[CallSnapshot.EDGE_CALLEES] = callees;
    snapshot[CallSnapshot.EDGE_COUNTS] = edgeCounts;
    snapshot[CallSnapshot.METHOD_ALLOCS] = methodAllocs;
    snapshot[CallSnapshot.METHOD_NESTING] = methodNesting;
    snapshot[CallSnapshot.EDGE_NESTING] = edgeNesting;
    snapshot[CallSnapshot.TALLIED_CALLS] = CallTallies.totals(methods.length);
    snapshot[CallSnapshot.PATH_PARENTS] = paths.parents();
    snapshot[CallSnapshot.PATH_METHODS] = paths.methods();
    snapshot[CallSnapshot.PATH_COUNTS] = paths.counts();
    return snapshot;
  }

  /**
   * The current thread's six counts of method {@code id} (calls, primitive calls, own ns,
   * cumulative ns, child calls, nested calls), its calls that ended only, those that started while
   * recording was off included: for the calibration, which times probes on a thread of its own
   * whatever the program switched.
   */
  public static long[] currentThreadCounts(int id) {
    long[] counts = new long[EdgeTotals.COUNTS];
    CallCounters counters = COUNTERS.get();
    counters.addCalleeCounts(id, counts);
    counters.discarding().addCalleeCounts(id, counts);
    return counts;
  }

  /** Adds the counts of ended threads to {@link #RETIRED}; the caller holds the lock. */
  private static void retire(Iterable<CallCounters> ended) {
    long now = System.nanoTime();
    for (CallCounters counters : ended) {
      counters.addTo(RETIRED, now);
      counters.addPathsTo(RETIRED_PATHS, now);
      if (allocatedBytes != null) {
        int size = 2 * methodCount();
        if (retiredAllocs.length < size) {
          retiredAllocs = Arrays.copyOf(retiredAllocs, size);
        }
        counters.addAllocsTo(retiredAllocs);
      }
    }
  }

  /** How many threads' counters are held now, live or not yet retired: for tests. */
  static int heldCounters() {
    synchronized (THREADS) {
      return THREADS.held().size();
    }
  }
}
