package org.jkernprof.check;

/**
 * A rule a run broke: the method (and line) over its limit with the figure it reached, or a rule
 * that found nothing to check. Immutable.
 */
public final class Breach {
  private final BudgetRule rule;
  private final String message;

  private Breach(BudgetRule rule, String message) {
    this.rule = rule;
    this.message = message;
  }

  /** {@code method} (a line of it, with the rule's line) reached {@code figure}, over the limit. */
  static Breach over(BudgetRule rule, String method, double figure) {
    String where = method + (rule.line().isPresent() ? " line " + rule.line().getAsInt() : "");
    return new Breach(
        rule,
        where
            + ": "
            + rule.measure().ruleName()
            + " "
            + rule.measure().format(figure)
            + " > "
            + rule.measure().format(rule.limit())
            + " ("
            + rule.origin()
            + ": "
            + rule
            + ")");
  }

  /** The rule matched no profiled method (or line): it would pass without checking anything. */
  static Breach unmatched(BudgetRule rule) {
    return new Breach(
        rule,
        rule.origin()
            + ": "
            + rule
            + ": no profiled "
            + (rule.line().isPresent() ? "line" : "method")
            + " matches it (renamed or moved? not profiled in this run?)");
  }

  public BudgetRule rule() {
    return rule;
  }

  /** One line: the method, the measure, the figure and the limit, and where the rule is. */
  public String message() {
    return message;
  }

  @Override
  public String toString() {
    return message;
  }
}
