package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jkernprof.testsupport.Jdk25;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code -r/--rich}, {@code --color} and {@code -t/--sort} through the packaged launcher, whose
 * standard output goes to a file here, never to a terminal: {@code -r} (colour only in a terminal)
 * prints plain text, {@code --color=always} prints ANSI colours whose removal leaves the plain
 * report byte for byte.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LauncherColorTest {
  private static final String ESC = "\u001b";
  private static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");
  private static final String HOT = ESC + "[1;31m";
  private static final AtomicInteger RUNS = new AtomicInteger();

  private JvmResult rich;
  private JvmResult always;

  /** {@code jkernprof view demo.jar.lprof}, plain, of the run without {@code -v}. */
  private String plainView;

  private Path viewFolder;

  @BeforeAll
  void profileTheDemoWithColourOptions() {
    Path richFolder = Jkernprof.freshFolder("color-rich");
    // A terminal type and no NO_COLOR: only the missing terminal may keep the colours away.
    rich =
        run(
            richFolder,
            Map.of("TERM", "xterm-256color"),
            "-l",
            "-v",
            "-r",
            BuildPaths.demoJar().toString());
    Path alwaysFolder = Jkernprof.freshFolder("color-always");
    // Everything that would stop colours in auto mode; always wins over all of it.
    always =
        run(
            alwaysFolder,
            Map.of("TERM", "dumb", "NO_COLOR", "1"),
            "-l",
            "-v",
            "--color=always",
            BuildPaths.demoJar().toString());
    viewFolder = DemoRuns.classicWithoutView().folder();
    plainView = view(viewFolder, Map.of(), DemoRuns.RESULTS);
  }

  @Test
  void richIntoAPipePrintsTheReportWithoutEscapeCodes() {
    assertEquals(0, rich.exitCode, rich.describe());
    assertEquals("", rich.stderr, rich.describe());
    assertFalse(rich.stdout.contains(ESC), rich.describe());
    LineReport report = ProfileCommandOutput.of(rich).report();
    assertEquals(
        List.of(DemoClassicReportTest.GENERATE, DemoClassicReportTest.PROCESS), report.functions());
  }

  @Test
  void colorAlwaysColoursTheReportEvenIntoAPipe() {
    assertEquals(0, always.exitCode, always.describe());
    assertEquals("", always.stderr, always.describe());
    ProfileCommandOutput out = ProfileCommandOutput.of(always);
    // The program's own output and the results line stay as they are.
    assertTrue(out.programLines().get(0).startsWith("Processing complete. Result: "));
    assertEquals(DemoRuns.RESULTS, out.resultsFile());
    String report = out.rest();
    assertTrue(report.contains(ESC + "[34m@Profile" + ESC + "[0m"), report);
    assertTrue(report.contains(ESC + "[35mstatic" + ESC + "[0m"), report);
    assertTrue(report.contains(ESC + "[90m// Simulate CPU-bound work" + ESC + "[0m"), report);
    String sleepRow =
        report.lines().filter(l -> l.contains("Thread.sleep(")).findFirst().orElseThrow();
    // The 1 s sleep is nearly all of processData's time: its % Time is bold red.
    assertTrue(
        sleepRow.matches(".*" + Pattern.quote(HOT) + "\\d+\\.\\d" + ESC + "\\[0m.*"), sleepRow);

    LineReport stripped = LineReport.parse(SGR.matcher(report).replaceAll(""));
    assertEquals(
        List.of(DemoClassicReportTest.GENERATE, DemoClassicReportTest.PROCESS),
        stripped.functions());
    for (LineReport.Method method : stripped.methods()) {
      ReportChecks.perHitIsTimeOverHits(method);
      ReportChecks.percentagesAddUpToAHundred(method);
    }
  }

  @Test
  void viewWithRichIntoAPipeIsThePlainReportByteForByte() {
    assertFalse(plainView.contains(ESC));
    assertEquals(
        plainView, view(viewFolder, Map.of("TERM", "xterm-256color"), "-r", DemoRuns.RESULTS));
    assertEquals(plainView, view(viewFolder, Map.of(), "--color=never", DemoRuns.RESULTS));
  }

  @Test
  void viewWithColorAlwaysIsThePlainReportWithEscapeCodes() {
    String colored = view(viewFolder, Map.of(), "--color=always", DemoRuns.RESULTS);
    assertNotEquals(plainView, colored);
    assertEquals(plainView, SGR.matcher(colored).replaceAll(""));
  }

  @Test
  void sortPutsTheLongestMethodFirstInTheReportAndTheSummary() {
    LineReport sorted =
        LineReport.parse(view(viewFolder, Map.of(), "-t", "--summarize", DemoRuns.RESULTS));
    // processData sleeps 1 s; generateData, first in the source, takes a fraction of that.
    List<String> longestFirst =
        List.of(DemoClassicReportTest.PROCESS, DemoClassicReportTest.GENERATE);
    assertEquals(longestFirst, sorted.functions());
    assertEquals(
        longestFirst, sorted.summary().stream().map(LineReport.Summary::function).toList());
    assertEquals(
        List.of(DemoClassicReportTest.GENERATE, DemoClassicReportTest.PROCESS),
        LineReport.parse(plainView).functions(),
        "source order without -t");
  }

  /** From Java 22 on, System.console() is not null just because output is redirected. */
  @Test
  void richIntoAPipeStaysPlainOnJava25() {
    Path jdk = Jdk25.require();
    assertEquals(
        plainView,
        view(
            viewFolder,
            Map.of("JAVA_HOME", jdk.toString(), "TERM", "xterm-256color"),
            "-r",
            DemoRuns.RESULTS));
  }

  /** {@code jkernprof view ARGS}, which must succeed silently; what it printed. */
  private static String view(Path folder, Map<String, String> environment, String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "view";
    System.arraycopy(args, 0, command, 1, args.length);
    JvmResult result = run(folder, environment, command);
    if (result.exitCode != 0 || !result.stderr.isEmpty()) {
      throw new AssertionError("jkernprof view failed\n" + result.describe());
    }
    return result.stdout;
  }

  /** The launcher in {@code folder}, without NO_COLOR unless {@code environment} sets it. */
  private static JvmResult run(Path folder, Map<String, String> environment, String... args) {
    ProcessBuilder builder = Jkernprof.builder(folder, Jkernprof.command(args));
    builder.environment().remove("NO_COLOR");
    builder.environment().remove("TERM");
    builder.environment().putAll(environment);
    return ChildJvm.run(builder, folder, "color-" + RUNS.incrementAndGet());
  }
}
