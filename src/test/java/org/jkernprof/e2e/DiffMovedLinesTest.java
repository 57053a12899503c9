package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * {@code jkernprof diff} on two versions of a program (resources moved/v1 and v2): two lines added
 * above a loop move it down, one line's text changed, one line is gone. Paired by text, the moved
 * lines keep their partners and their unchanged hits; only the added, changed and gone lines
 * differ, whether the base's text comes from its sources ({@code --base-source-path}) or from the
 * results of a run that saved it (the sources were at hand when it ran). Paired by number (runs
 * that saved no text), the same change shows the shift as changes.
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
      String classPath = classes + File.pathSeparator + BuildPaths.annotationsClasspath();
      // Its sources are not where the command looks: the results carry no text.
      JvmResult run =
          Jkernprof.run(folder, "-l", "-q", "-o", name + ".lprof", "-cp", classPath, MAIN);
      assertEquals(0, run.exitCode, run.describe());
      // Its sources at hand: the results carry their text.
      JvmResult saved =
          Jkernprof.run(
              folder,
              "-l",
              "-q",
              "--source-path",
              version.toString(),
              "-o",
              name + "-text.lprof",
              "-cp",
              classPath,
              MAIN);
      assertEquals(0, saved.exitCode, saved.describe());
      assertEquals("", saved.stderr, saved.describe());
    }
  }

  @Test
  void noSourceTextKeepsTheResultsFreeOfSourceCode() throws IOException {
    Path classes = folder.resolve("v2-classes");
    JvmResult run =
        Jkernprof.run(
            folder,
            "-l",
            "-q",
            "--no-source-text",
            "--source-path",
            v2.toString(),
            "-o",
            "v2-none.lprof",
            "-cp",
            classes + File.pathSeparator + BuildPaths.annotationsClasspath(),
            MAIN);
    assertEquals(0, run.exitCode, run.describe());
    String bytes =
        new String(
            Files.readAllBytes(folder.resolve("v2-none.lprof")), StandardCharsets.ISO_8859_1);
    assertFalse(bytes.contains("sum += i % 7;"), "no source line in the results");
    assertTrue(
        new String(Files.readAllBytes(folder.resolve("v2-text.lprof")), StandardCharsets.ISO_8859_1)
            .contains("sum += i % 7;"),
        "the run without the option saved it");
    JvmResult view = Jkernprof.run(folder, "view", "v2-none.lprof");
    assertTrue(view.stdout.contains("Source not found"), view.stdout);
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
    assertOnlyAddedChangedAndGoneLinesDiffer(diff.stdout);
  }

  @Test
  void theTextSavedWithTheRunsPairsTheirLinesWithoutTheSources() {
    // No source path: the folder has no sources, each run's text is in its results.
    JvmResult diff = Jkernprof.run(folder, "diff", "v1-text.lprof", "v2-text.lprof");
    assertEquals(0, diff.exitCode, diff.describe());
    assertTrue(
        diff.stdout.contains("Lines paired by their text, the base's as saved with its results"),
        diff.stdout);
    assertTrue(
        diff.stdout.contains("File: " + v2.resolve("org/jkernprof/e2e/moved/Moved.java")),
        diff.stdout);
    assertOnlyAddedChangedAndGoneLinesDiffer(diff.stdout);
  }

  /**
   * The HTML page of the same diff, in headless Chromium: the Was column gives the moved lines' old
   * numbers, '!' marks exactly the two lines whose text is new, the gone line is shown struck
   * through after the others, and only the added, changed and gone lines are marked changed.
   */
  @Test
  void theHtmlPageShowsThePairingByText() {
    JvmResult diff =
        Jkernprof.run(folder, "diff", "--html", "moved.html", "v1-text.lprof", "v2-text.lprof");
    assertEquals(0, diff.exitCode, diff.describe());
    try (Browser browser = Browser.start(1400, 700)) {
      browser.open(folder.resolve("moved.html"));
      List<WebElement> rows = browser.driver().findElements(By.cssSelector("tbody tr.line"));
      Map<String, String> wasByText = new LinkedHashMap<>();
      List<String> changed = new ArrayList<>();
      List<String> gone = new ArrayList<>();
      for (WebElement row : rows) {
        String text = row.findElement(By.cssSelector("td.code")).getText().strip();
        wasByText.put(text, row.findElement(By.cssSelector("td.was")).getText().strip());
        if (row.getAttribute("class").contains("changed")) {
          changed.add(text);
        }
        if (row.getAttribute("class").contains("gone")) {
          gone.add(text);
        }
      }
      assertEquals("10", wasByText.get(loopHead(wasByText)), wasByText.toString());
      List<String> edited =
          wasByText.entrySet().stream()
              .filter(e -> e.getValue().equals("!"))
              .map(Map.Entry::getKey)
              .collect(Collectors.toList());
      // The two added lines (a comment and a declaration) and the changed one.
      assertEquals(3, edited.size(), wasByText.toString());
      assertTrue(edited.get(0).startsWith("// Added:"), edited.toString());
      assertTrue(edited.get(1).startsWith("long unused"), edited.toString());
      assertTrue(edited.get(2).startsWith("sum += 2;"), edited.toString());
      assertEquals(1, gone.size(), gone.toString());
      assertTrue(gone.get(0).startsWith("sum += 1;"), gone.toString());
      assertEquals(3, changed.size(), changed.toString());
    }
  }

  private static String loopHead(Map<String, String> wasByText) {
    return wasByText.keySet().stream()
        .filter(t -> t.startsWith("for (int i"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no loop in " + wasByText));
  }

  @Test
  void aReportOfResultsThatSavedTheirTextShowsItWhereTheSourcesAreNot() {
    JvmResult view = Jkernprof.run(folder, "view", "v2-text.lprof");
    assertEquals(0, view.exitCode, view.describe());
    assertTrue(view.stdout.contains("showing the text saved with the results"), view.stdout);
    assertEquals(List.of("12", "1001"), cells(row(view.stdout, "for (int i"), 2));
    JvmResult without = Jkernprof.run(folder, "view", "v2.lprof");
    assertTrue(without.stdout.contains("Source not found"), without.stdout);
    assertFalse(without.stdout.contains("for (int i"), without.stdout);
  }

  private static void assertOnlyAddedChangedAndGoneLinesDiffer(String stdout) {
    assertTrue(stdout.contains("Hits changed on 3 lines of 1 method;"), stdout);
    assertEquals(List.of("12", "10", "1001", "1001"), cells(row(stdout, "for (int i"), 4));
    assertEquals(List.of("13", "11", "1000", "1000"), cells(row(stdout, "sum += i % 7;"), 4));
    // Line #, Was ('!': the text changed), hits after, change.
    assertEquals(List.of("11", "!", "1", "+1*"), cells(row(stdout, "long unused"), 4));
    assertEquals(List.of("15", "!", "1", "+1*"), cells(row(stdout, "sum += 2;"), 4));
    String gone = row(stdout, "sum += 1;");
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
