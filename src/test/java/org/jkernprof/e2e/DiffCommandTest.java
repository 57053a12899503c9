package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jkernprof.e2e.targets.ChangedWorkload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code jkernprof diff} on two real runs of a program that differ in a known way (its loop runs
 * twice as often, one line allocates a thousand times more): exactly those lines change, by exactly
 * that much, and nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiffCommandTest {
  private static final String MAIN = ChangedWorkload.class.getName();
  private Path folder;

  @BeforeAll
  void runTwice() {
    folder = Jkernprof.freshFolder("diff");
    profile("base.lprof", "1000", "1024");
    profile("changed.lprof", "2000", "1048576");
  }

  private void profile(String output, String rounds, String bytes) {
    JvmResult run =
        Jkernprof.run(
            folder,
            "-l",
            "-m",
            "-q",
            "-o",
            output,
            "-cp",
            LauncherClassPathTest.classPath(),
            MAIN,
            rounds,
            bytes);
    assertEquals(0, run.exitCode, run.describe());
  }

  @Test
  void exactlyTheLoopsLinesChangeTheirHitsByTheExtraRounds() {
    JvmResult diff = diff("base.lprof", "changed.lprof");
    assertEquals(0, diff.exitCode, diff.describe());
    assertTrue(
        diff.stdout.contains(
            "Hits changed on 2 lines of 1 method; 0 new methods, 0 vanished;"
                + " 0 methods with the same hits\n"),
        diff.stdout);
    List<String> changed = new ArrayList<>();
    for (String row : rows(diff.stdout)) {
      if (row.contains("*")) {
        changed.add(row);
      }
    }
    assertEquals(2, changed.size(), String.join("\n", changed));
    assertTrue(changed.get(0).endsWith("// line:loop"), changed.get(0));
    assertTrue(changed.get(1).endsWith("// line:body"), changed.get(1));
    assertEquals(List.of("1001", "2001", "+1000*"), cells(changed.get(0)).subList(1, 4));
    assertEquals(List.of("1000", "2000", "+1000*"), cells(changed.get(1)).subList(1, 4));
  }

  @Test
  void onlyTheAllocatingLineChangesItsBytes() {
    JvmResult diff = diff("base.lprof", "changed.lprof");
    assertTrue(diff.stdout.contains("Bytes before   Bytes after"), diff.stdout);
    int changedBytes = 0;
    for (String row : rows(diff.stdout)) {
      List<String> cells = cells(row);
      boolean hitsChanged = row.contains("*");
      // Line #, hits before, after, [change], time before, after, ratio, bytes before, after.
      int bytesAt = hitsChanged ? 7 : 6;
      long before = Long.parseLong(cells.get(bytesAt));
      long after = Long.parseLong(cells.get(bytesAt + 1));
      if (row.endsWith("// line:block")) {
        assertTrue(before >= 1024 && before < 1024 + 64, row);
        assertTrue(after >= 1048576 && after < 1048576 + 64, row);
        changedBytes++;
      } else {
        assertEquals(before, after, row);
      }
    }
    assertEquals(1, changedBytes, diff.stdout);
  }

  @Test
  void aRunComparedWithItselfHasNoChange() {
    JvmResult diff = diff("base.lprof", "base.lprof");
    assertEquals(0, diff.exitCode, diff.describe());
    assertTrue(
        diff.stdout.contains("Hits changed on 0 lines of 0 methods; 0 new methods, 0 vanished;"),
        diff.stdout);
    assertEquals(List.of(), rows(diff.stdout), diff.stdout);
  }

  @Test
  void functionLevelResultsAreRefusedInOneLine() {
    JvmResult run =
        Jkernprof.run(
            folder,
            "-q",
            "-o",
            "calls.prof",
            "-cp",
            LauncherClassPathTest.classPath(),
            MAIN,
            "1",
            "1");
    assertEquals(0, run.exitCode, run.describe());
    JvmResult diff = diff("calls.prof", "base.lprof");
    assertEquals(2, diff.exitCode, diff.describe());
    assertEquals(
        List.of(
            "jkernprof: cannot compare calls.prof: it holds function-level results; diff compares"
                + " line-by-line results (-l)"),
        diff.stderrLines().stream().filter(l -> !l.isBlank()).toList());
  }

  private JvmResult diff(String base, String changed) {
    return Jkernprof.run(
        folder, "diff", "--source-path", BuildPaths.sourceDir().toString(), base, changed);
  }

  /** The rows of the tables that have figures: a line number, then at least one count. */
  private static List<String> rows(String report) {
    List<String> rows = new ArrayList<>();
    for (String line : report.split("\n")) {
      if (line.matches("^\\s*\\d+\\s+\\d+\\s+\\d+.*")) {
        rows.add(line);
      }
    }
    return rows;
  }

  private static List<String> cells(String row) {
    return List.of(row.trim().split("\\s+"));
  }
}
