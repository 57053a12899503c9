package org.jkernprof.check;

import java.util.OptionalInt;
import org.jkernprof.agent.instr.MethodPattern;

/**
 * One budget: the methods a pattern picks (as {@code --include} writes it), optionally one line of
 * them, may not exceed a limit of one measure. Immutable.
 */
public final class BudgetRule {
  private final MethodPattern methods;
  private final OptionalInt line;
  private final Measure measure;
  private final double limit;
  private final String limitText;
  private final String origin;

  /**
   * @param methods the methods it bounds
   * @param line the one line of them it bounds; empty for the whole method
   * @param measure what it bounds
   * @param limitText the limit as written ({@code 2MiB}), parsed by the measure
   * @param origin where it was written, for messages: {@code budgets.txt:3}, {@code rule 2 in the
   *     pom}
   * @throws IllegalArgumentException with a one-line reason if the limit cannot be read
   */
  public BudgetRule(
      MethodPattern methods, OptionalInt line, Measure measure, String limitText, String origin) {
    if (line.isPresent() && line.getAsInt() < 1) {
      throw new IllegalArgumentException("line " + line.getAsInt() + " does not exist");
    }
    this.methods = methods;
    this.line = line;
    this.measure = measure;
    this.limit = measure.parseLimit(limitText);
    this.limitText = limitText.trim();
    this.origin = origin;
  }

  public MethodPattern methods() {
    return methods;
  }

  public OptionalInt line() {
    return line;
  }

  public Measure measure() {
    return measure;
  }

  /** The limit in the measure's base unit: a count, bytes or nanoseconds. */
  public double limit() {
    return limit;
  }

  public String origin() {
    return origin;
  }

  /** The rule as a rules file writes it: {@code com.acme.Parser#parse:57 hits <= 40000}. */
  @Override
  public String toString() {
    return methods.text()
        + (line.isPresent() ? ":" + line.getAsInt() : "")
        + " "
        + measure.ruleName()
        + " <= "
        + limitText;
  }
}
