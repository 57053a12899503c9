package org.jkernprof.e2e.targets.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jkernprof.junit5.HitBudget;
import org.junit.jupiter.api.Test;

/**
 * JUnit 5 tests with hit budgets, run by {@link RunChecks} under the agent: {@code restock(5)} runs
 * {@link Restock#restock}'s lines 13 times in all, its loop body (line 13) 5 times. One test's
 * budgets are exactly those figures, the other's one under each.
 */
public class BudgetChecks {
  private static final String RESTOCK = "org.jkernprof.e2e.targets.junit.Restock#restock";

  @Test
  @HitBudget(method = RESTOCK, maxHits = 13)
  @HitBudget(method = RESTOCK, line = 13, maxHits = 5)
  void withinItsBudget() {
    assertEquals(10, Restock.restock(5));
  }

  @Test
  @HitBudget(method = RESTOCK, maxHits = 12)
  @HitBudget(method = RESTOCK, line = 13, maxHits = 4)
  void overItsBudget() {
    assertEquals(10, Restock.restock(5));
  }
}
