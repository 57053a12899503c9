package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jkernprof.e2e.targets.ChangedWorkload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code jkernprof check --rules FILE RESULTS}: budgets on the exact hits, calls and allocations of
 * real runs hold or break exactly at the run's own figures: exit code 0 with a summary, 1 with a
 * line per broken rule, 2 with one line for a rule the results cannot answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckCommandTest {
  private static final StandardCopyOption REPLACE = StandardCopyOption.REPLACE_EXISTING;
  private static final String MAIN = ChangedWorkload.class.getName();
  private static final String WORK = MAIN + "#work";
  private Path folder;

  @BeforeAll
  void profile() {
    folder = Jkernprof.freshFolder("check");
    // 1,000 rounds: the loop line 1,001 hits, its body 1,000; 2,005 hits in all with the four
    // lines run once (ChangedWorkload's lines 13, 17, 18 and 19 besides the loop).
    JvmResult lines =
        Jkernprof.run(
            folder,
            "-l",
            "-m",
            "-q",
            "-o",
            "run.lprof",
            "-cp",
            LauncherClassPathTest.classPath(),
            MAIN,
            "1000",
            "1024");
    assertEquals(0, lines.exitCode, lines.describe());
    JvmResult calls =
        Jkernprof.run(
            folder,
            "-q",
            "-o",
            "run.prof",
            "-cp",
            LauncherClassPathTest.classPath(),
            MAIN,
            "1000",
            "1024");
    assertEquals(0, calls.exitCode, calls.describe());
  }

  @Test
  void budgetsAtTheRunsOwnFiguresHold() throws IOException {
    JvmResult check =
        check(
            "run.lprof",
            WORK + "      hits <= 2005   # 1 + 1,001 + 1,000 + 1 + 1 + 1",
            WORK + ":15   hits <= 1000",
            WORK + ":17   allocated <= 1100");
    assertEquals(0, check.exitCode, check.describe());
    assertEquals(
        List.of("jkernprof check: 3 rules checked on 1 method: all within budget"),
        check.stdout.lines().toList());
  }

  @Test
  void eachBudgetOneUnderTheFigureBreaksInOneLine() throws IOException {
    JvmResult check = check("run.lprof", WORK + " hits <= 2004", WORK + ":15 hits <= 999");
    assertEquals(1, check.exitCode, check.describe());
    assertEquals(
        List.of(
            "broken: "
                + MAIN
                + ".work: hits 2,005 > 2,004 (budgets.txt:1: "
                + WORK
                + " hits <= 2004)",
            "broken: "
                + MAIN
                + ".work line 15: hits 1,000 > 999 (budgets.txt:2: "
                + WORK
                + ":15 hits <= 999)",
            "jkernprof check: 2 rules checked on 1 method: 2 broken"),
        check.stdout.lines().toList());
  }

  /**
   * A folder of results files (a forked build's target/jkernprof) is read as their sum: two copies
   * of the run double its hits, so the run's own figure breaks and twice it holds.
   */
  @Test
  void aFolderOfResultsFilesIsCheckedAsTheirSum() throws IOException {
    Path jvms = Files.createDirectories(folder.resolve("jvms"));
    Files.copy(folder.resolve("run.lprof"), jvms.resolve("jkernprof-1.lprof"), REPLACE);
    Files.copy(folder.resolve("run.lprof"), jvms.resolve("jkernprof-2.lprof"), REPLACE);
    assertEquals(0, check("jvms", WORK + " hits <= 4010").exitCode);
    JvmResult broken = check("jvms", WORK + " hits <= 2005");
    assertEquals(1, broken.exitCode, broken.describe());
    assertTrue(broken.stdout.contains("hits 4,010 > 2,005"), broken.describe());
  }

  @Test
  void functionLevelResultsAreCheckedByTheirExactCalls() throws IOException {
    assertEquals(0, check("run.prof", WORK + " calls <= 1").exitCode);
    JvmResult broken = check("run.prof", MAIN + "#main calls <= 0");
    assertEquals(1, broken.exitCode, broken.describe());
  }

  @Test
  void aRuleTheResultsCannotAnswerIsOneLineAndExitCode2() throws IOException {
    JvmResult check = check("run.prof", WORK + ":15 hits <= 1");
    assertEquals(2, check.exitCode, check.describe());
    assertEquals(
        List.of(
            "jkernprof: budgets.txt:1: "
                + WORK
                + ":15 hits <= 1: function-level results have no lines: profile with -l"),
        check.stderrLines().stream().filter(l -> !l.isBlank()).toList());
  }

  private JvmResult check(String results, String... rules) throws IOException {
    Files.write(folder.resolve("budgets.txt"), List.of(rules));
    return Jkernprof.run(folder, "check", "--rules", "budgets.txt", results);
  }
}
