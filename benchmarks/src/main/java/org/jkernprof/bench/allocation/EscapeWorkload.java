package org.jkernprof.bench.allocation;

import org.jkernprof.Profile;

/**
 * The target of the {@code allocation} benchmark: one profiled method with a line whose allocation
 * C2's escape analysis can remove and one whose allocation it cannot. {@link #allocate} makes a
 * {@code long[2]} in each of {@link #ROUNDS} rounds, summed and never let out of the method, then
 * appends {@link #APPENDS} digits to the caller's {@code StringBuilder}, whose growing arrays
 * escape. Prints the sum and the text's length, so nothing is dead code.
 *
 * <p>The benchmark finds the two lines by their place among the method's {@link #LINES} recorded
 * lines ({@link #NON_ESCAPING_LINE}, {@link #ESCAPING_LINE}, counted from 0): keep them there.
 */
public final class EscapeWorkload {
  /** Rounds of the loop that makes a {@code long[2]}. */
  public static final int ROUNDS = 2_000_000;

  /** Digits appended to the escaping {@code StringBuilder}. */
  public static final int APPENDS = 1_000;

  /** The lines of {@link #allocate} that run, and the places of the two measured ones. */
  public static final int LINES = 7;

  public static final int NON_ESCAPING_LINE = 2;
  public static final int ESCAPING_LINE = 5;

  private EscapeWorkload() {}

  @Profile
  static long allocate(int rounds, int appends, StringBuilder out) {
    long sum = 0;
    for (int i = 0; i < rounds; i++) {
      long[] pair = {i, sum & 0xff};
      sum += pair[0] ^ pair[1];
    }
    for (int i = 0; i < appends; i++) {
      out.append((char) ('0' + i % 10));
    }
    return sum;
  }

  public static void main(String[] args) {
    StringBuilder text = new StringBuilder();
    long sum = allocate(ROUNDS, APPENDS, text);
    System.out.println("sum " + sum + ", " + text.length() + " digits");
  }
}
