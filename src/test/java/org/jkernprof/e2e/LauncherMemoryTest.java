package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.jkernprof.e2e.targets.Allocations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code jkernprof -l -m}: the line report gains Alloc and Alloc/Hit, {@code view --memory} prints
 * memory_profiler's layout, and both say clearly when they cannot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LauncherMemoryTest {
  private static final String MAIN = Allocations.class.getName();
  private Path folder;
  private JvmResult profiled;

  @BeforeAll
  void profileWithMemory() {
    folder = Jkernprof.freshFolder("memory");
    profiled =
        Jkernprof.run(
            folder,
            "-l",
            "-m",
            "-v",
            "-q",
            "--source-path",
            BuildPaths.sourceDir().toString(),
            "-cp",
            LauncherClassPathTest.classPath(),
            MAIN);
  }

  @Test
  void theLineReportGainsAllocationColumns() {
    assertEquals(0, profiled.exitCode, profiled.describe());
    List<String> lines = profiled.stdout.lines().toList();
    String header =
        "Line #      Hits         Time  Per Hit   % Time      Alloc  Alloc/Hit  Line Contents";
    assertTrue(lines.contains(header), profiled.stdout);
    String row = rowContaining(lines, "line:tenMiB");
    assertTrue(row.contains(" 10.0 MiB    1.0 MiB  "), row);
  }

  @Test
  void viewMemoryPrintsMemoryProfilersLayout() {
    JvmResult view =
        Jkernprof.run(
            folder,
            "view",
            "--memory",
            "--source-path",
            BuildPaths.sourceDir().toString(),
            MAIN + ".lprof");
    assertEquals(0, view.exitCode, view.describe());
    List<String> lines = view.stdout.lines().toList();
    String header = "Line #    Mem usage    Increment  Occurrences   Line Contents";
    int at = lines.indexOf(header);
    assertTrue(at > 1, view.stdout);
    assertTrue(lines.get(at - 2).startsWith("Filename: "), view.stdout);
    assertEquals("=".repeat(header.length()), lines.get(at + 1));
    String row = rowContaining(lines, "line:tenMiB");
    // Line #, Mem usage, Increment, Occurrences: {0:>6} {1:>12} {2:>12}  {3:>10}
    String[] cells = row.substring(0, 6 + 1 + 12 + 1 + 12 + 2 + 10).trim().split("\\s+");
    BigDecimal increment = new BigDecimal(cells[3]);
    assertTrue(
        increment.compareTo(BigDecimal.TEN) >= 0 && increment.compareTo(BigDecimal.valueOf(11)) < 0,
        row);
    assertEquals("MiB", cells[4]);
    assertEquals("10", cells[5]);
  }

  @Test
  void viewMemoryOfResultsWithoutMemorySaysHowToGetThem() {
    Path plain = Jkernprof.freshFolder("memory-none");
    JvmResult run =
        Jkernprof.run(plain, "-l", "-q", "-cp", LauncherClassPathTest.classPath(), MAIN);
    assertEquals(0, run.exitCode, run.describe());
    JvmResult view = Jkernprof.run(plain, "view", "--memory", MAIN + ".lprof");
    assertEquals(2, view.exitCode, view.describe());
    assertEquals(
        "jkernprof: " + MAIN + ".lprof holds no memory figures: profile with 'jkernprof -l -m'\n",
        view.stderr);
  }

  @Test
  void functionLevelReportsOwnAndCumulativeAllocationPerMethod() {
    Path functions = Jkernprof.freshFolder("memory-function");
    JvmResult run =
        Jkernprof.run(functions, "-m", "-v", "-q", "-cp", LauncherClassPathTest.classPath(), MAIN);
    assertEquals(0, run.exitCode, run.describe());
    List<String> lines = run.stdout.lines().toList();
    assertTrue(
        lines.contains(
            "   ncalls  tottime  percall  cumtime  percall   ownalloc   cumalloc"
                + " filename:lineno(method)"),
        run.stdout);
    // viaCallee's 3 MiB array is allocated in allocate(): its own bytes, viaCallee's cumulative.
    String callee = rowContaining(lines, "(Allocations.allocate)");
    String caller = rowContaining(lines, "(Allocations.viaCallee)");
    assertTrue(callee.contains("   3.0 MiB    3.0 MiB "), callee);
    assertTrue(caller.contains("    3.0 MiB "), caller);
    assertTrue(!caller.contains("   3.0 MiB    3.0 MiB "), "viaCallee's own bytes: " + caller);
  }

  @Test
  void aFileWrittenBeforeMemoryCountingStillViews() throws java.io.IOException {
    Path old = Jkernprof.freshFolder("memory-old-file");
    Path fixture =
        BuildPaths.sourceDir()
            .resolve("../../../results/src/test/resources/results/demo-format-1.0.lprof")
            .normalize();
    java.nio.file.Files.copy(fixture, old.resolve("demo.jar.lprof"));
    JvmResult view = Jkernprof.run(old, "view", "demo.jar.lprof");
    assertEquals(0, view.exitCode, view.describe());
    assertTrue(
        view.stdout.contains("Function: ClassicExample.processData(List) at line 27"), view.stdout);
    assertTrue(!view.stdout.contains("Alloc"), view.stdout);
    JvmResult memory = Jkernprof.run(old, "view", "--memory", "demo.jar.lprof");
    assertEquals(2, memory.exitCode, memory.describe());
  }

  private static String rowContaining(List<String> lines, String text) {
    List<String> rows = lines.stream().filter(l -> l.contains(text)).toList();
    assertEquals(1, rows.size(), String.join("\n", lines));
    return rows.get(0);
  }
}
