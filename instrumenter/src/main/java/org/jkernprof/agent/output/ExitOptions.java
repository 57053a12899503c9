package org.jkernprof.agent.output;

/** What the agent prints at exit beside writing the results: the agent options that say so. */
public final class ExitOptions {
  private final boolean quiet;
  private final boolean verbose;
  private final boolean raw;

  /**
   * @param quiet no line saying where the results went
   * @param verbose print the report
   * @param raw the report's times as measured, the probes' cost included
   */
  public ExitOptions(boolean quiet, boolean verbose, boolean raw) {
    this.quiet = quiet;
    this.verbose = verbose;
    this.raw = raw;
  }

  boolean quiet() {
    return quiet;
  }

  boolean verbose() {
    return verbose;
  }

  boolean raw() {
    return raw;
  }
}
