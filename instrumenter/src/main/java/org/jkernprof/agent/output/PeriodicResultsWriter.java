package org.jkernprof.agent.output;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The agent's {@code interval} option: a daemon thread that rewrites the results file every
 * interval while the program runs, so that a JVM killed without running its shutdown hooks ({@code
 * kill -9}, a crash) still leaves the results of all but the last interval.
 *
 * <p>It must never change what the program does: the thread is a daemon of the lowest priority,
 * catches every failure, says once that writing failed (again only after a write succeeded in
 * between), and keeps trying.
 */
public final class PeriodicResultsWriter {
  /** The shortest pause between two writes, whatever the option says. */
  private static final long MIN_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final ResultsSaver saver;
  private final Path output;
  private final long pauseNanos;
  private final PrintStream err;

  /** Set under this object's lock; once set, no write starts. */
  private boolean stopped;

  /** Whether the last write failed and was reported, so the next failure stays silent. */
  private boolean failing;

  public PeriodicResultsWriter(
      ResultsSaver saver, Path output, double intervalSeconds, PrintStream err) {
    this.saver = saver;
    this.output = output;
    this.pauseNanos = Math.max(MIN_PAUSE_NANOS, (long) (intervalSeconds * 1e9));
    this.err = err;
  }

  /** Starts the writing thread; its first write comes one interval from now. */
  public void start() {
    Thread thread = new Thread(this::writeUntilStopped, "jkernprof-periodic-results");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /** Stops the writes: when this returns, none is under way and none will start. */
  public synchronized void stop() {
    stopped = true;
  }

  private void writeUntilStopped() {
    while (true) {
      try {
        pause();
        if (!writeOnce()) {
          return;
        }
      } catch (Throwable t) {
        // Nothing may escape into the program, whatever failed; the next interval tries again.
        reportFailure(t);
      }
    }
  }

  /**
   * Writes the results so far, unless stopped; a failure is reported once per run of failures.
   *
   * @return false if stopped, so nothing was written
   */
  public synchronized boolean writeOnce() {
    if (stopped) {
      return false;
    }
    try {
      saver.save(output);
      failing = false;
    } catch (Exception e) {
      reportFailure(e);
    }
    return true;
  }

  private synchronized void reportFailure(Throwable failure) {
    if (!failing) {
      failing = true;
      err.println(
          "jkernprof: cannot write profile results to "
              + output
              + " while the program runs, will try again: "
              + WriteFailure.reason(failure, output));
    }
  }

  private void pause() {
    long end = System.nanoTime() + pauseNanos;
    long left;
    while ((left = end - System.nanoTime()) > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(left);
      } catch (InterruptedException e) {
        // Whoever interrupts every thread means the program's own: wait out the interval.
      }
    }
  }
}
