package org.jkernprof;

/**
 * One test's part of a profiled run, from {@link JKernprof#beginTest(String)} until {@link
 * #close()}. Closing it more than once does nothing more.
 */
public final class TestSpan implements AutoCloseable {
  /** The span handed out when no agent runs: closing it does nothing. */
  static final TestSpan NONE = new TestSpan(null);

  private Runnable end;

  TestSpan(Runnable end) {
    this.end = end;
  }

  /** Ends the test: what is recorded from now on is no longer its share. */
  @Override
  public synchronized void close() {
    Runnable e = end;
    end = null;
    if (e != null) {
      e.run();
    }
  }
}
