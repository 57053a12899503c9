package org.jkernprof.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's scenarios do what the profile is meant to show, under the real agent. */
class DemoScenariosTest {
  @TempDir Path dir;

  @Test
  void theReportSpendsMostOfItsTimeRebuildingTheCustomerIndex() throws Exception {
    Path results = dir.resolve("report.lprof");
    DemoProcess demo = DemoProcess.run(dir, results, "report");
    assertEquals(0, demo.exitCode, demo.toString());
    assertEquals(
        String.join(System.lineSeparator(), ReportJob.reportLines()) + System.lineSeparator(),
        demo.out);

    MethodProfile build =
        method(LprofReader.read(results), "org.jkernprof.demo.RevenueReport.build");
    LineStats hot = line(build, lineOf("RevenueReport.java", "indexById(customers);"));
    assertEquals(ReportJob.ORDERS, hot.hits(), "once per order");
    assertTrue(
        hot.nanos() > build.totalNanos() / 2,
        "the index line takes most of build's " + build.totalNanos() + " ns: " + hot);
  }

  @Test
  void theReportIsTheSameEveryTime() {
    List<String> first = ReportJob.reportLines();
    assertEquals(first, ReportJob.reportLines());
    assertEquals(5, first.size(), "a heading and four regions: " + first);
  }

  @Test
  void theClassicExampleGeneratesProcessesAndPrintsTheSum() throws Exception {
    Path results = dir.resolve("classic.lprof");
    DemoProcess demo = DemoProcess.run(dir, results);
    assertEquals(0, demo.exitCode, demo.toString());
    assertTrue(demo.out.matches("Processing complete\\. Result: \\d+\\R"), demo.out);

    LineResults profile = LprofReader.read(results);
    MethodProfile generate = method(profile, "org.jkernprof.demo.ClassicExample.generateData");
    MethodProfile process = method(profile, "org.jkernprof.demo.ClassicExample.processData");
    assertEquals(1, line(generate, lineOf("ClassicExample.java", "RANDOM.ints(")).hits());
    LineStats sleep = line(process, lineOf("ClassicExample.java", "Thread.sleep("));
    assertEquals(1, sleep.hits());
    // Thread.sleep never returns early: 10 ms per 1000 of the 100,000 elements.
    assertTrue(sleep.nanos() >= 1_000_000_000L, "slept at least 1 s: " + sleep);
  }

  @Test
  void generatesNumbersFromZeroToAThousandInclusive() {
    List<Integer> data = ClassicExample.generateData(100_000);
    assertEquals(100_000, data.size());
    assertEquals(0, data.stream().mapToInt(Integer::intValue).min().getAsInt());
    // With 100,000 draws, missing either end has a probability of about e^-100.
    assertEquals(1000, data.stream().mapToInt(Integer::intValue).max().getAsInt());
  }

  @Test
  void processDataReturnsTheSumOfTheData() throws InterruptedException {
    assertEquals(1006L, ClassicExample.processData(Arrays.asList(1000, 1, 5, 0)));
  }

  @Test
  void helpListsTheScenarios() throws Exception {
    DemoProcess demo = DemoProcess.run(dir, null, "--help");
    assertEquals(0, demo.exitCode, demo.toString());
    assertTrue(demo.out.contains("  classic  (default)"), demo.out);
    assertTrue(demo.out.contains("  report   "), demo.out);
    assertEquals("", demo.err);
  }

  @Test
  void anUnknownScenarioIsAnError() throws Exception {
    DemoProcess demo = DemoProcess.run(dir, null, "nope");
    assertEquals(2, demo.exitCode, demo.toString());
    assertEquals("", demo.out);
    assertEquals(
        "demo: unknown scenario 'nope'; the scenarios are classic and report"
            + System.lineSeparator(),
        demo.err);
  }

  private static MethodProfile method(LineResults results, String qualifiedName) {
    return results.methods().stream()
        .filter(m -> m.qualifiedName().equals(qualifiedName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + qualifiedName + " in " + results.methods()));
  }

  private static LineStats line(MethodProfile method, int lineNumber) {
    Map<Integer, LineStats> byLine = new TreeMap<>();
    for (LineStats line : method.lines()) {
      byLine.put(line.line(), line);
    }
    LineStats line = byLine.get(lineNumber);
    assertTrue(line != null, "line " + lineNumber + " in " + method);
    return line;
  }

  /** The one line of the demo's source that contains {@code text}. */
  private static int lineOf(String sourceFile, String text) throws IOException {
    Path source = Paths.get("src/main/java/org/jkernprof/demo", sourceFile);
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        assertEquals(-1, found, "'" + text + "' is on one line only in " + source);
        found = i + 1;
      }
    }
    assertTrue(found > 0, "'" + text + "' in " + source);
    return found;
  }
}
