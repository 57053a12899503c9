package org.jkernprof.junit5;

import java.util.Locale;
import java.util.Optional;
import org.jkernprof.TestHits;

/** Checks one {@link HitBudget} against a test's hits. */
final class Budget {
  private Budget() {}

  /**
   * What broke, in one line ({@code com.acme.Parser#parse: hits 130,000 > 120,000}), or empty if
   * the budget holds.
   *
   * @throws IllegalArgumentException if the budget's method is not {@code CLASS#METHOD}
   */
  static Optional<String> check(HitBudget budget, TestHits hits) {
    String method = budget.method().trim();
    int hash = method.indexOf('#');
    if (hash <= 0 || hash == method.length() - 1 || method.indexOf('#', hash + 1) >= 0) {
      throw new IllegalArgumentException(
          "@HitBudget(method = \""
              + budget.method()
              + "\"): write CLASS#METHOD, e.g. com.acme.Parser#parse");
    }
    String className = method.substring(0, hash);
    String methodName = method.substring(hash + 1);
    long figure =
        budget.line() > 0
            ? hits.ofLine(className, methodName, budget.line())
            : hits.ofMethod(className, methodName);
    if (figure <= budget.maxHits()) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "%s%s: hits %,d > %,d",
            method,
            budget.line() > 0 ? ":" + budget.line() : "",
            figure,
            budget.maxHits()));
  }
}
