package org.jkernprof.agent.rt;

/**
 * The first thread that records with counting probes, in either mode: its counts live in arrays the
 * JIT can treat as constants, found with one compare, while every other thread looks its own up.
 * Most programs run their hot code on one thread. Chosen once and never changed, so a thread only
 * ever finds its own counts there and no count can be lost.
 */
final class PrimaryThread {
  /** The primary thread once chosen. */
  private static Thread chosen;

  /**
   * {@link #chosen} while recording is on, else null: what the probes' fast path compares the
   * current thread with, instead of reading the switch. Volatile, as the switch is, so a frame that
   * starts after a switch sees it.
   */
  private static volatile Thread whileRecording;

  private PrimaryThread() {}

  /** Whether the current thread is the primary thread and recording is on: the fast path. */
  static boolean isCurrent() {
    return Thread.currentThread() == whileRecording;
  }

  /**
   * Makes the current thread the primary thread if there is none yet and recording is on.
   *
   * @return whether the current thread is the primary thread now
   */
  static boolean chooseCurrent() {
    Thread current = Thread.currentThread();
    if (chosen == current) {
      return true;
    }
    synchronized (PrimaryThread.class) {
      if (chosen == null && RecordingSwitch.isRecording()) {
        chosen = current;
        whileRecording = current;
      }
      return chosen == current;
    }
  }

  /** Called by {@link RecordingSwitch#setRecording} after each switch. */
  static synchronized void recordingSwitched(boolean on) {
    whileRecording = on ? chosen : null;
  }
}
