package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
  private static final StandardCopyOption REPLACE = StandardCopyOption.REPLACE_EXISTING;
  private static final String MAIN = ChangedWorkload.class.getName();

  /** Line #, hits before, after, change, time before, after, ratio, bytes before, after. */
  private static final int[] WIDTHS = {6, 12, 12, 12, 14, 14, 8, 13, 13};

  private static final int HITS_BEFORE = 1;
  private static final int HITS_AFTER = 2;
  private static final int HITS_CHANGE = 3;
  private static final int TIME_RATIO = 6;
  private static final int BYTES_BEFORE = 7;
  private static final int BYTES_AFTER = 8;
  private Path folder;

  @BeforeAll
  void runTwice() {
    folder = Jkernprof.freshFolder("diff");
    profile("base.lprof", "1000", "1024", "0");
    profile("changed.lprof", "2000", "1048576", "0");
  }

  private void profile(String output, String rounds, String bytes, String pauseMillis) {
    profile(folder, output, rounds, bytes, pauseMillis);
  }

  /**
   * Runs ChangedWorkload under {@code jkernprof -l -m} in {@code folder}, writing {@code output}:
   * its loop runs {@code rounds} times, one line allocates {@code bytes}, one sleeps {@code
   * pauseMillis}.
   */
  static void profile(Path folder, String output, String rounds, String bytes, String pauseMillis) {
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
            bytes,
            pauseMillis);
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
    assertEquals(List.of("1001", "2001", "+1000*"), hits(changed.get(0)));
    assertEquals(List.of("1000", "2000", "+1000*"), hits(changed.get(1)));
  }

  /**
   * The JVMs of one run are summed, not taken for runs: two files joined by '+', or a folder of
   * them (a Maven build's target/jkernprof), double each line's hits and change (here the same file
   * twice), and the diff reads as one run a side.
   */
  @Test
  void theFilesOfOneRunJoinedByPlusOrInAFolderAreSummed() throws IOException {
    for (String side : List.of("base", "changed")) {
      Path jvms = Files.createDirectories(folder.resolve(side + "-jvms"));
      Files.copy(folder.resolve(side + ".lprof"), jvms.resolve("jkernprof-1.lprof"), REPLACE);
      Files.copy(folder.resolve(side + ".lprof"), jvms.resolve("jkernprof-2.lprof"), REPLACE);
    }
    for (JvmResult diff :
        List.of(
            diff("base.lprof+base.lprof", "changed.lprof+changed.lprof"),
            diff("base-jvms", "changed-jvms"))) {
      assertEquals(0, diff.exitCode, diff.describe());
      assertTrue(diff.stdout.contains("Times of one run a side"), diff.stdout);
      List<String> changed = new ArrayList<>();
      for (String row : rows(diff.stdout)) {
        if (row.contains("*")) {
          changed.add(row);
        }
      }
      assertEquals(2, changed.size(), diff.stdout);
      assertEquals(List.of("2002", "4002", "+2000*"), hits(changed.get(0)));
      assertEquals(List.of("2000", "4000", "+2000*"), hits(changed.get(1)));
    }
    JvmResult empty = diff(Files.createDirectories(folder.resolve("empty")).toString(), "b");
    assertEquals(2, empty.exitCode, empty.describe());
    assertEquals(
        "jkernprof: the folder "
            + folder.resolve("empty")
            + " holds no results files (.lprof or .prof)",
        empty.stderr.strip());
  }

  @Test
  void onlyTheAllocatingLineChangesItsBytes() {
    JvmResult diff = diff("base.lprof", "changed.lprof");
    assertTrue(diff.stdout.contains("Bytes before   Bytes after"), diff.stdout);
    int changedBytes = 0;
    for (String row : rows(diff.stdout)) {
      long before = Long.parseLong(column(row, BYTES_BEFORE));
      long after = Long.parseLong(column(row, BYTES_AFTER));
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
  void oneRunASideSaysItsTimesNoiseIsUnknown() {
    JvmResult diff = diff("base.lprof", "changed.lprof");
    assertTrue(
        diff.stdout.lines().anyMatch(l -> l.startsWith("Times of one run a side: their noise")),
        diff.stdout);
    assertTrue(rows(diff.stdout).stream().noneMatch(r -> r.contains("~")), diff.stdout);
  }

  /**
   * Two runs a side, the same hits, one line sleeping 20 ms before and 80 ms after: that line's
   * time change is far outside the runs' spread, so it carries no {@code ~}; no hits change.
   */
  @Test
  void aRealTimeChangeStandsOutOfTheRunsNoise() {
    for (String run : List.of("slow1", "slow2")) {
      profile(run + ".lprof", "1000", "1024", "80");
    }
    for (String run : List.of("quick1", "quick2")) {
      profile(run + ".lprof", "1000", "1024", "20");
    }
    JvmResult diff = diff("--all", "quick1.lprof,quick2.lprof", "slow1.lprof,slow2.lprof");
    assertEquals(0, diff.exitCode, diff.describe());
    assertTrue(
        diff.stdout.contains("(before, 2 runs, figures per run)")
            && diff.stdout.contains("~: a time change within the noise of the runs' spread (95 %)"),
        diff.stdout);
    String pause =
        rows(diff.stdout).stream()
            .filter(r -> r.endsWith("// line:pause"))
            .findFirst()
            .orElseThrow();
    assertEquals("1", column(pause, HITS_BEFORE), pause);
    assertEquals("1", column(pause, HITS_AFTER), pause);
    assertEquals("", column(pause, HITS_CHANGE), pause);
    double ratio = Double.parseDouble(column(pause, TIME_RATIO));
    assertTrue(ratio > 3 && ratio < 5, pause);
    assertTrue(rows(diff.stdout).stream().noneMatch(r -> r.contains("*")), diff.stdout);
  }

  /**
   * Function level: the helper the loop calls once a round is the one method whose calls change.
   */
  @Test
  void functionLevelRunsShowTheMethodWhoseCallsChanged() {
    for (String[] run : new String[][] {{"calls1.prof", "1000"}, {"calls2.prof", "2500"}}) {
      JvmResult profiled =
          Jkernprof.run(
              folder,
              "-q",
              "-o",
              run[0],
              "-cp",
              LauncherClassPathTest.classPath(),
              MAIN,
              run[1],
              "16");
      assertEquals(0, profiled.exitCode, profiled.describe());
    }
    JvmResult diff = Jkernprof.run(folder, "diff", "calls1.prof", "calls2.prof");
    assertEquals(0, diff.exitCode, diff.describe());
    assertTrue(diff.stdout.contains("Calls changed in 1 method; 0 new, 0 vanished;"), diff.stdout);
    List<String> changed =
        diff.stdout
            .lines()
            .filter(l -> l.contains("*"))
            .collect(java.util.stream.Collectors.toList());
    assertEquals(1, changed.size(), diff.stdout);
    assertTrue(changed.get(0).endsWith("(ChangedWorkload.step)"), changed.get(0));
    assertEquals(
        List.of("1000", "2500", "+1500*"),
        List.of(changed.get(0).trim().split("\\s+")).subList(0, 3),
        changed.get(0));

    JvmResult unfit = Jkernprof.run(folder, "diff", "-u", "1e-3", "calls1.prof", "calls2.prof");
    assertEquals(2, unfit.exitCode, unfit.describe());
    JvmResult page =
        Jkernprof.run(folder, "diff", "--html", "calls.html", "calls1.prof", "calls2.prof");
    assertEquals(2, page.exitCode, page.describe());
    assertTrue(
        page.stderr.contains("option '--html' applies to line-by-line results only"),
        page.describe());
    assertTrue(!java.nio.file.Files.exists(folder.resolve("calls.html")), "no page written");
    JvmResult mixed = Jkernprof.run(folder, "diff", "calls1.prof", "base.lprof");
    assertEquals(2, mixed.exitCode, mixed.describe());
    assertTrue(mixed.stderr.contains("one holds line-by-line results"), mixed.describe());
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

  private JvmResult diff(String... args) {
    List<String> command = new ArrayList<>(List.of("diff", "--source-path"));
    command.add(BuildPaths.sourceDir().toString());
    command.addAll(List.of(args));
    return Jkernprof.run(folder, command.toArray(String[]::new));
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

  /** The text of column {@code index} of a table row: its columns have fixed widths. */
  private static String column(String row, int index) {
    int start = 0;
    for (int i = 0; i < index; i++) {
      start += WIDTHS[i] + 1;
    }
    int end = Math.min(row.length(), start + WIDTHS[index]);
    return start >= row.length() ? "" : row.substring(start, end).trim();
  }

  private static List<String> hits(String row) {
    return List.of(column(row, HITS_BEFORE), column(row, HITS_AFTER), column(row, HITS_CHANGE));
  }
}
