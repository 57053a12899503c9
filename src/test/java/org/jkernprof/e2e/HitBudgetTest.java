package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jkernprof.e2e.targets.junit.BudgetChecks;
import org.jkernprof.e2e.targets.junit.MisnamedBudgets;
import org.jkernprof.e2e.targets.junit.RunChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @HitBudget} on JUnit 5 tests, checked by the jkernprof-junit5 extension against each
 * test's own hits: a test within its budgets passes, one over them fails with a line per broken
 * budget, with either timer; without the agent nothing is checked.
 */
class HitBudgetTest {
  @ParameterizedTest
  @ValueSource(strings = {"clock", "sampled"})
  void aTestOverItsBudgetFailsWithOneLinePerBrokenBudget(String timer) {
    Path folder = Jkernprof.freshFolder("hit-budget-" + timer);
    List<String> command =
        new ArrayList<>(
            List.of(
                "-l",
                "-q",
                "--timer=" + timer,
                "-o",
                "budgets.lprof",
                "-cp",
                PerTestResultsTest.classPath(),
                RunChecks.class.getName(),
                BudgetChecks.class.getName()));
    JvmResult run = Jkernprof.run(folder, command.toArray(new String[0]));
    assertEquals(1, run.exitCode, run.describe());
    assertTrue(run.stdout.contains("tests succeeded: 1"), run.describe());
    assertTrue(
        run.stdout.contains(
            "jkernprof: 2 budgets broken: org.jkernprof.e2e.targets.junit.Restock#restock: hits"
                + " 13 > 12; org.jkernprof.e2e.targets.junit.Restock#restock:13: hits 5 > 4"),
        run.describe());
    assertTrue(run.stdout.contains("overItsBudget"), run.describe());
    assertFalse(run.stdout.contains("withinItsBudget()"), run.describe());
  }

  @Test
  void aBudgetNamingAClassOrMethodThatDoesNotExistIsBroken() {
    Path folder = Jkernprof.freshFolder("hit-budget-misnamed");
    JvmResult run =
        Jkernprof.run(
            folder,
            "-l",
            "-q",
            "-o",
            "misnamed.lprof",
            "-cp",
            PerTestResultsTest.classPath(),
            RunChecks.class.getName(),
            MisnamedBudgets.class.getName());
    assertEquals(1, run.exitCode, run.describe());
    assertTrue(run.stdout.contains("tests succeeded: 1"), run.describe());
    assertTrue(
        run.stdout.contains(
            "jkernprof: budget broken: org.jkernprof.e2e.targets.junit.Restok#restock: no class"
                + " org.jkernprof.e2e.targets.junit.Restok (write its binary name:"
                + " com.acme.Outer$Inner for a nested class)"),
        run.describe());
    assertTrue(
        run.stdout.contains(
            "jkernprof: budget broken: org.jkernprof.e2e.targets.junit.Restock#restok:"
                + " org.jkernprof.e2e.targets.junit.Restock declares no method restok"),
        run.describe());
  }

  @Test
  void withoutTheAgentNoBudgetIsChecked() {
    Path folder = Jkernprof.freshFolder("hit-budget-plain");
    JvmResult run =
        ChildJvm.run(
            List.of(
                BuildPaths.currentJavaHome().resolve("bin/java").toString(),
                "-cp",
                PerTestResultsTest.classPath(),
                RunChecks.class.getName(),
                BudgetChecks.class.getName()),
            folder,
            "plain");
    assertEquals(0, run.exitCode, run.describe());
    assertTrue(run.stdout.contains("tests succeeded: 2"), run.describe());
  }
}
