package org.jkernprof.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The shutdown hook that keeps a profiled program from being orphaned when the CLI itself is
 * stopped (SIGTERM, or SIGINT from Ctrl-C): it asks the program to stop with SIGTERM, so that the
 * agent still writes the results, and holds this JVM's exit until the CLI has printed them.
 */
final class ChildProcessGuard implements Runnable {
  /** The agent writes its results in a shutdown hook; the program's own hooks may take a while. */
  private static final long CHILD_EXIT_SECONDS = 30;

  private static final long REPORT_SECONDS = 30;

  private final Process child;
  private final CountDownLatch reported = new CountDownLatch(1);

  ChildProcessGuard(Process child) {
    this.child = child;
  }

  @Override
  public void run() {
    child.destroy();
    try {
      if (!child.waitFor(CHILD_EXIT_SECONDS, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
      reported.await(REPORT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Called once the CLI has said what became of the run; lets a pending shutdown proceed. */
  void reportDone() {
    reported.countDown();
  }
}
