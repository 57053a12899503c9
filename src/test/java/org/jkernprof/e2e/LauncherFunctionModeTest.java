package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.ProfReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code jkernprof -v demo.jar} without {@code -l}: the whole program is profiled method by method
 * with the real agent, saved to {@code demo.jar.prof} and printed in pstats' layout.
 */
class LauncherFunctionModeTest {
  private static Path folder;
  private static JvmResult run;

  @BeforeAll
  static void profileTheDemoMethodByMethod() {
    folder = Jkernprof.freshFolder("function-mode");
    run = Jkernprof.run(folder, "-v", BuildPaths.demoJar().toString());
  }

  @Test
  void theProgramRunsAndTheResultsAreSavedAsDemoJarProf() throws Exception {
    assertEquals(0, run.exitCode, run.describe());
    assertTrue(run.stdout.startsWith("Processing complete. Result: "), run.describe());
    assertTrue(run.stdout.contains("Wrote profile results to demo.jar.prof\n"), run.describe());
    Path prof = folder.resolve("demo.jar.prof");
    assertTrue(Files.isRegularFile(prof));
    FunctionResults results = ProfReader.read(prof);
    FunctionStats process = method(results, "processData");
    assertEquals(1, process.calls());
    assertTrue(process.cumulativeNanos() >= 1_000_000_000L, "processData sleeps 1 s");
    assertEquals(1, method(results, "generateData").calls());
    assertTrue(
        results.functions().stream().noneMatch(f -> f.className().startsWith("java.")),
        "the JDK is not profiled");
  }

  @Test
  void theReportFollowsPstats() {
    List<String> lines = run.stdout.lines().toList();
    int header = lines.indexOf("   Ordered by: cumulative time");
    assertTrue(header > 0, run.stdout);
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.matches(
                        " +\\d+ method calls( \\(\\d+ primitive calls\\))? in [0-9.]+ seconds")),
        run.stdout);
    assertTrue(
        lines.contains("   ncalls  tottime  percall  cumtime  percall filename:lineno(method)"),
        run.stdout);
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.matches(
                        " +1 +[0-9.]+ +[0-9.]+ +1\\.\\d{3} +1\\.\\d{3} ClassicExample\\.java:\\d+\\(ClassicExample\\.processData\\)")),
        run.stdout);
  }

  private static FunctionStats method(FunctionResults results, String name) {
    return results.functions().stream()
        .filter(f -> f.methodName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not recorded"));
  }
}
