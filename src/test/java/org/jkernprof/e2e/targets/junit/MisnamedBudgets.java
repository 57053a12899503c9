package org.jkernprof.e2e.targets.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jkernprof.junit5.HitBudget;
import org.junit.jupiter.api.Test;

/**
 * JUnit 5 tests whose budgets name code that does not exist, run by {@link RunChecks} under the
 * agent: a misspelt class, a misspelt method. Each fails, naming what is wrong, though the code
 * they name ran no line; the third names a constructor and holds.
 */
public class MisnamedBudgets {
  @Test
  @HitBudget(method = "org.jkernprof.e2e.targets.junit.Restok#restock", maxHits = 100)
  void namesAClassThatDoesNotExist() {
    assertEquals(10, Restock.restock(5));
  }

  @Test
  @HitBudget(method = "org.jkernprof.e2e.targets.junit.Restock#restok", maxHits = 100)
  void namesAMethodItsClassDoesNotDeclare() {
    assertEquals(10, Restock.restock(5));
  }

  @Test
  @HitBudget(method = "org.jkernprof.e2e.targets.junit.Restock#<init>", maxHits = 0)
  void namesAConstructor() {
    assertEquals(10, Restock.restock(5));
  }
}
