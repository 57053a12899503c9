package org.jkernprof.agent.rt;

/**
 * The layout of {@link CallRecorder#snapshot()}: plain arrays in an {@code Object[]}, since the
 * recorder lives in the bootstrap loader under another name. The one definition both sides use;
 * javac copies the constants into the agent's code, so the agent never loads this class.
 */
public final class CallSnapshot {
  /** {@code String[][]}: per method id, class name, method name, descriptor, source file. */
  public static final int METHODS = 0;

  /** {@code int[]}: per method id, its first line. */
  public static final int FIRST_LINES = 1;

  /** {@code long[]}: {@link #CALL_LONGS} per method id, laid out by the {@code CALL_} indexes. */
  public static final int METHOD_COUNTS = 2;

  /** {@code int[]}: per edge, the caller's method id, -1 for unprofiled code. */
  public static final int EDGE_CALLERS = 3;

  /** {@code int[]}: per edge, the callee's method id. */
  public static final int EDGE_CALLEES = 4;

  /** {@code long[]}: {@link #CALL_LONGS} per edge, as for methods. */
  public static final int EDGE_COUNTS = 5;

  /** {@code long[]} or null: with memory counting, own and cumulative bytes per method id. */
  public static final int METHOD_ALLOCS = 6;

  /** {@code long[]}: {@link #NESTING_LONGS} per method id: child calls, nested calls. */
  public static final int METHOD_NESTING = 7;

  /** {@code long[]}: {@link #NESTING_LONGS} per edge, as for methods. */
  public static final int EDGE_NESTING = 8;

  /**
   * {@code long[]}: per method id, the calls the counting probes of the sampled timer counted (see
   * {@link CallTallies}); all zero with the clock's probes.
   */
  public static final int TALLIED_CALLS = 9;

  /** How many entries a snapshot has. */
  public static final int LENGTH = 10;

  /** Longs per method or edge in the counts: calls, primitive calls, own ns, cumulative ns. */
  public static final int CALL_LONGS = 4;

  public static final int CALLS = 0;
  public static final int PRIMITIVE_CALLS = 1;
  public static final int OWN_NANOS = 2;
  public static final int CUMULATIVE_NANOS = 3;

  /**
   * Longs per method or edge in the nesting counts: the profiled calls a frame made itself, then
   * those made anywhere inside it while it counted towards cumulative time.
   */
  public static final int NESTING_LONGS = 2;

  private CallSnapshot() {}
}
