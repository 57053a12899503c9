package org.jkernprof.agent.rt;

import java.util.ArrayList;
import java.util.List;

/**
 * The counters of every thread that recorded and has not been retired yet, each with its thread.
 * Every so often {@link #add} hands back, and forgets, the counters of threads that have ended, for
 * the recorder to fold into one total: a program that starts millions of short-lived threads (or
 * virtual threads) then keeps about as many counters as it has live threads, not one per thread it
 * ever started.
 *
 * <p>Reading an ended thread's counters is safe: a thread that {@link Thread#isAlive} reports ended
 * has made its last write, and that call sees all of them (JLS 17.4.4). Not thread-safe: the
 * recorder calls it under its own lock, once per new thread or snapshot, never per frame.
 */
final class ThreadCounterList<C> {
  /** Below this many counters the list is never swept: small programs pay nothing. */
  private static final int FIRST_SWEEP = 64;

  private final List<C> counters = new ArrayList<>();
  private final List<Thread> owners = new ArrayList<>();

  /** The size at which {@link #add} sweeps next: twice what the last sweep kept, so amortised. */
  private int sweepAt = FIRST_SWEEP;

  /**
   * Adds the counters of {@code owner}, a thread that has just started recording.
   *
   * @return the counters of threads that have ended, now removed from this list, when this call
   *     swept (about once each time the list doubles); otherwise an empty list
   */
  List<C> add(C threadCounters, Thread owner) {
    counters.add(threadCounters);
    owners.add(owner);
    if (counters.size() < sweepAt) {
      return new ArrayList<>(0);
    }
    List<C> ended = removeEnded();
    sweepAt = Math.max(FIRST_SWEEP, 2 * counters.size());
    return ended;
  }

  /** Removes the counters of threads that have ended and returns them. */
  List<C> removeEnded() {
    List<C> ended = new ArrayList<>();
    int kept = 0;
    for (int i = 0; i < counters.size(); i++) {
      C c = counters.get(i);
      Thread owner = owners.get(i);
      if (owner.isAlive()) {
        counters.set(kept, c);
        owners.set(kept, owner);
        kept++;
      } else {
        ended.add(c);
      }
    }
    counters.subList(kept, counters.size()).clear();
    owners.subList(kept, owners.size()).clear();
    return ended;
  }

  /** The counters held now: those of live threads, and of ended ones not swept yet. */
  List<C> held() {
    return counters;
  }
}
