package org.jkernprof.agent.calibration;

/**
 * Runs a calibration on a daemon thread of its own, {@code jkernprof-calibration}, and waits for
 * it: a new thread's counters hold nothing but the calibration's, and it is inside no profiled
 * frame of the program's, which would otherwise count the calibration's probes as its own.
 */
public final class OwnThread {
  private OwnThread() {}

  /** The calibration's work, run on the thread. */
  public interface Work<T> {
    T run() throws Throwable;
  }

  /** The work failed on its thread; the cause is what it threw. */
  public static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;

    Failed(Throwable cause) {
      super(cause.toString(), cause);
    }
  }

  /**
   * Runs {@code work} on a new thread and returns what it returned.
   *
   * @throws Failed if the work threw
   * @throws InterruptedException if the caller was interrupted while waiting
   */
  public static <T> T run(Work<T> work) throws Failed, InterruptedException {
    Outcome<T> outcome = new Outcome<>(work);
    Thread thread = new Thread(outcome, "jkernprof-calibration");
    thread.setDaemon(true);
    thread.start();
    thread.join();
    if (outcome.failure != null) {
      throw new Failed(outcome.failure);
    }
    return outcome.result;
  }

  /** The work and what came of it. Not a lambda: calibrations run at exit. */
  private static final class Outcome<T> implements Runnable {
    private final Work<T> work;
    private T result;
    private Throwable failure;

    Outcome(Work<T> work) {
      this.work = work;
    }

    @Override
    public void run() {
      try {
        result = work.run();
      } catch (Throwable t) {
        failure = t;
      }
    }
  }
}
