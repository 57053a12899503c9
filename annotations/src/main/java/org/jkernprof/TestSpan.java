package org.jkernprof;

/**
 * One test's part of a profiled run, from {@link JKernprof#beginTest(String)} until {@link
 * #close()} or {@link #end()}. Ending it more than once does nothing more.
 */
public final class TestSpan implements AutoCloseable {
  /** The span handed out when no agent runs: ending it does nothing. */
  static final TestSpan NONE = new TestSpan(null);

  /** A span's ending, by the agent's runtime: what the test's lines recorded. */
  interface Ending {
    TestHits end();
  }

  private Ending ending;

  TestSpan(Ending ending) {
    this.ending = ending;
  }

  /** Ends the test: what is recorded from now on is no longer its share. */
  @Override
  public void close() {
    end();
  }

  /**
   * Ends the test, as {@link #close()} does, and returns the hits its lines recorded: for checking
   * a budget in the test itself ({@code jkernprof-junit5}'s {@code @HitBudget}). Without the agent,
   * or once ended, hits that say {@link TestHits#recorded() nothing was recorded}.
   */
  public synchronized TestHits end() {
    Ending e = ending;
    ending = null;
    return e == null ? TestHits.NONE : e.end();
  }
}
