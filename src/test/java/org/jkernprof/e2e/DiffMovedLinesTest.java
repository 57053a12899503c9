package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code jkernprof diff --base-source-path} on two versions of a program (resources moved/v1 and
 * v2): two lines added above a loop move it down, one line's text changed, one line is gone. Paired
 * by text, the moved lines keep their partners and their unchanged hits; only the added, changed
 * and gone lines differ. Paired by number, the same runs show the shift as changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiffMovedLinesTest {
  private static final String MAIN = "org.jkernprof.e2e.moved.Moved";
  private Path folder;
  private Path v1;
  private Path v2;

  @BeforeAll
  void runBothVersions() {
    folder = Jkernprof.freshFolder("diff-moved");
    v1 = BuildPaths.resourcesDir().resolve("moved/v1");
    v2 = BuildPaths.resourcesDir().resolve("moved/v2");
    for (Path version : List.of(v1, v2)) {
      String name = version.getFileName().toString();
      Path classes = folder.resolve(name + "-classes");
      TargetCompiler.withThisJdk(
          version.resolve("org/jkernprof/e2e/moved/Moved.java"), classes, "-g");
      JvmResult run =
          Jkernprof.run(
              folder,
              "-l",
              "-q",
              "-o",
              name + ".lprof",
              "-cp",
              classes + File.pathSeparator + BuildPaths.annotationsClasspath(),
              MAIN);
      assertEquals(0, run.exitCode, run.describe());
    }
  }

  @Test
  void pairedByTextOnlyTheAddedChangedAndGoneLinesDiffer() {
    JvmResult diff =
        Jkernprof.run(
            folder,
            "diff",
            "--source-path",
            v2.toString(),
            "--base-source-path",
            v1.toString(),
            "v1.lprof",
            "v2.lprof");
    assertEquals(0, diff.exitCode, diff.describe());
    assertTrue(diff.stdout.contains("Lines paired by their text in the two sources"), diff.stdout);
    assertTrue(diff.stdout.contains("Hits changed on 3 lines of 1 method;"), diff.stdout);
    assertEquals(List.of("12", "10", "1001", "1001"), cells(row(diff.stdout, "for (int i"), 4));
    assertEquals(List.of("13", "11", "1000", "1000"), cells(row(diff.stdout, "sum += i % 7;"), 4));
    // Line #, Was ('!': the text changed), hits after, change.
    assertEquals(List.of("11", "!", "1", "+1*"), cells(row(diff.stdout, "long unused"), 4));
    assertEquals(List.of("15", "!", "1", "+1*"), cells(row(diff.stdout, "sum += 2;"), 4));
    String gone = row(diff.stdout, "sum += 1;");
    assertTrue(gone.endsWith("(gone from the newer source)"), gone);
    assertEquals(List.of("13", "1", "-1*"), cells(gone, 3));
  }

  @Test
  void pairedByNumberTheShiftShowsAsChanges() {
    JvmResult diff =
        Jkernprof.run(folder, "diff", "--source-path", v2.toString(), "v1.lprof", "v2.lprof");
    assertEquals(0, diff.exitCode, diff.describe());
    assertTrue(diff.stdout.contains("Lines paired by number"), diff.stdout);
    assertTrue(diff.stdout.contains("Hits changed on 7 lines of 1 method;"), diff.stdout);
  }

  private static String row(String report, String text) {
    List<String> rows = report.lines().filter(l -> l.contains(text)).collect(Collectors.toList());
    assertEquals(1, rows.size(), text + " in\n" + report);
    return rows.get(0);
  }

  private static List<String> cells(String row, int count) {
    return List.of(row.trim().split("\\s+")).subList(0, count);
  }
}
