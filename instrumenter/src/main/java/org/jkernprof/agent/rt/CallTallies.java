package org.jkernprof.agent.rt;

import java.util.Arrays;

/**
 * The counting probes of function mode with the sampled timer: the first instruction of every
 * profiled method calls {@link #count} with the method's id, which adds one to the calling thread's
 * count for it. No clock, no frame stack, no exit probe and no exception handler: the calls are
 * exact, and the times come from stack samples taken elsewhere.
 *
 * <p>The {@link PrimaryThread} adds to an array of fixed address after one compare; every other
 * thread takes one thread-local look-up per call. Counters shared by all threads would need an
 * atomic add instead, which costs more: in a loop of calls, about 6 ns per call for {@code
 * LongAdder} and {@code AtomicLongArray} against 3 ns for the look-up on one thread, 12 to 20 ns
 * against 4 to 6 ns with two threads calling the same method (see {@code docs/counting-probes.md}).
 */
public final class CallTallies {
  /**
   * The tallies of threads that counted, until they end and are folded into {@link #retired}. Its
   * lock guards {@link #retired} too.
   */
  private static final ThreadCounterList<CallTally> THREADS = new ThreadCounterList<>();

  /** The summed calls of ended threads whose tallies were dropped, per method id. */
  private static long[] retired = new long[0];

  private static final ThreadLocal<CallTally> TALLIES =
      new ThreadLocal<CallTally>() {
        @Override
        protected CallTally initialValue() {
          CallTally tally = new CallTally(CallRecorder.methodCount());
          synchronized (THREADS) {
            retire(THREADS.add(tally, Thread.currentThread()));
          }
          return tally;
        }
      };

  private CallTallies() {}

  /**
   * Counts one call of method {@code id} on the current thread; nothing while recording is off, so
   * calls that start then are not counted, as with the clock.
   */
  public static void count(int id) {
    if (PrimaryThread.isCurrent() && id < PrimaryCalls.METHODS) {
      PrimaryCalls.COUNTS[id]++;
    } else {
      countOnThisThread(id);
    }
  }

  /** {@link #count} past the primary thread's counts. */
  private static void countOnThisThread(int id) {
    if (!RecordingSwitch.isRecording()) {
      return;
    }
    if (id < PrimaryCalls.METHODS && PrimaryThread.chooseCurrent()) {
      PrimaryCalls.COUNTS[id]++;
    } else {
      TALLIES.get().count(id);
    }
  }

  /**
   * The {@link PrimaryThread}'s calls per method id, written only by that thread: a static final
   * array, so compiled probes add to a fixed address. A holder, made only in this mode.
   */
  private static final class PrimaryCalls {
    static final int METHODS = 1 << 15;
    static final long[] COUNTS = new long[METHODS];

    private PrimaryCalls() {}
  }

  /** Every thread's calls so far, per method id below {@code methods}. */
  static long[] totals(int methods) {
    long[] totals = new long[methods];
    synchronized (THREADS) {
      retire(THREADS.removeEnded());
      for (int i = 0; i < Math.min(methods, retired.length); i++) {
        totals[i] += retired[i];
      }
      for (CallTally tally : THREADS.held()) {
        tally.addTo(totals);
      }
      long[] primary = PrimaryCalls.COUNTS;
      for (int i = 0; i < Math.min(methods, primary.length); i++) {
        totals[i] += primary[i];
      }
    }
    return totals;
  }

  /** Adds the calls of ended threads to {@link #retired}; the caller holds the lock. */
  private static void retire(Iterable<CallTally> ended) {
    for (CallTally tally : ended) {
      int methods = CallRecorder.methodCount();
      if (retired.length < methods) {
        retired = Arrays.copyOf(retired, methods);
      }
      tally.addTo(retired);
    }
  }
}
