package org.jkernprof.agent.rt;

/**
 * The layout of {@link LineRecorder#snapshot()}: plain arrays in an {@code Object[]}, since the
 * recorder lives in the bootstrap loader under another name and the agent cannot link against it.
 * The one definition both sides use: the recorder writes by these indexes and the agent reads by
 * them, and javac copies the constants into the agent's code, so the agent never loads this class.
 */
public final class LineSnapshot {
  /** {@code String[][]}: per method id, class name, method name, descriptor, source file. */
  public static final int METHODS = 0;

  /** {@code int[]}: per slot, the method id it belongs to. */
  public static final int SLOT_METHOD = 1;

  /** {@code int[]}: per slot, its source line. */
  public static final int SLOT_LINE = 2;

  /** {@code boolean[]}: per slot, whether it counts nested code (lambdas, inner classes). */
  public static final int SLOT_NESTED = 3;

  /** {@code long[]}: {@link LineCounters#SLOT_LONGS} per slot, as {@link LineCounters} lays out. */
  public static final int COUNTS = 4;

  /** {@code Object[]}: the marked tests, laid out by the {@code TEST_} indexes. */
  public static final int TESTS = 5;

  /** {@code long[]} or null: with memory counting, bytes allocated, heap in use, per slot. */
  public static final int ALLOCS = 6;

  /** {@code long[]}: every thread's clock-reading probes, then its frame entries, in all. */
  public static final int PROBES = 7;

  /** How many entries a snapshot has. */
  public static final int LENGTH = 8;

  /** In {@link #TESTS}, {@code String[]}: per marked test, its name. */
  public static final int TEST_NAMES = 0;

  /** In {@link #TESTS}, {@code long[]}: per marked test, its wall time in nanoseconds. */
  public static final int TEST_DURATIONS = 1;

  /** In {@link #TESTS}, {@code boolean[]}: per marked test, whether another ran meanwhile. */
  public static final int TEST_CONCURRENT = 2;

  /** In {@link #TESTS}, {@code int[][]}: per marked test, the slots its lines changed. */
  public static final int TEST_SLOTS = 3;

  /** In {@link #TESTS}, {@code long[][]}: per marked test, {@code SLOT_LONGS} per slot changed. */
  public static final int TEST_COUNTS = 4;

  /** How many entries {@link #TESTS} has. */
  public static final int TESTS_LENGTH = 5;

  private LineSnapshot() {}
}
