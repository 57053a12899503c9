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

  /**
   * {@code int[]}: per node of the calling-context tree of every thread merged by path, its parent
   * node, -1 for a child of the root; a parent comes before its children.
   */
  public static final int PATH_PARENTS = 10;

  /** {@code int[]}: per node, its method id; {@link #OTHER_PATHS} for the other node. */
  public static final int PATH_METHODS = 11;

  /** {@code long[]}: {@link #PATH_LONGS} per node, laid out by the {@code PATH_} indexes. */
  public static final int PATH_COUNTS = 12;

  /** How many entries a snapshot has. */
  public static final int LENGTH = 13;

  /**
   * The method id of the one node per thread, under the root, that holds every frame the tree's
   * bounds kept out (see {@code CallCounters.NODE_LIMIT}), and every frame under those.
   */
  public static final int OTHER_PATHS = -1;

  /**
   * Longs per node in the path counts: the calls that took the path, their own time (as the
   * caller-callee pair's), the profiled calls they made themselves.
   */
  public static final int PATH_LONGS = 3;

  public static final int PATH_CALLS = 0;
  public static final int PATH_OWN_NANOS = 1;
  public static final int PATH_CHILD_CALLS = 2;

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
