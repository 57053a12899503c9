package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jkernprof.e2e.targets.Recursion;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LprofReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The agent's options, as a user passes them on the {@code -javaagent} flag. The JVMs run with
 * {@code -Xverify:all} like all the others here, which also turns class data sharing off (see
 * {@link DefaultJvmOptionsTest} for what the agent does with it on).
 */
class AgentOptionsTest {
  private static final Target TARGET = Target.compiledByMaven(Recursion.class);
  private static final String VERIFY = "-Xverify:all";

  @Test
  void anUnknownOptionStopsTheJvmWithOneLineListingTheValidOptions() {
    JvmResult result = runWithAgent("unknown-option", "bogus");
    String line = theOnlyErrorLine(result);
    assertTrue(line.contains("bogus"), line);
    assertTrue(line.contains("output=FILE"), line);
    assertTrue(line.contains("verbose"), line);
    assertTrue(line.contains("quiet"), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"output=", "quiet=maybe", "verbose=1"})
  void aMalformedOptionStopsTheJvmWithOneLine(String option) {
    theOnlyErrorLine(runWithAgent("malformed-" + option.replaceAll("\\W", "_"), option));
  }

  @Test
  void outputIntoAMissingFolderStopsTheJvmWithOneLineNamingIt() {
    Path missing = BuildPaths.runsDir().resolve("no-such-folder");
    String line =
        theOnlyErrorLine(runWithAgent("missing-folder", "output=" + missing.resolve("x.lprof")));
    assertTrue(line.contains(missing.toString()), line);
  }

  @Test
  void withoutQuietTheAgentSaysWhereItWroteTheResults() throws IOException {
    Path lprof = dirOf("not-quiet").resolve("x.lprof");
    Files.deleteIfExists(lprof);
    JvmResult result = runWithAgent("not-quiet", "output=" + lprof);
    assertEquals(0, result.exitCode, result.describe());
    List<String> stderr = nonBlank(result.stderrLines());
    assertEquals(
        List.of("jkernprof: wrote profile results to " + lprof), stderr, result.describe());
    assertFalse(LprofReader.read(lprof).methods().isEmpty());
  }

  @Test
  void withoutOutputTheResultsAreNamedAfterTheMainClassInTheWorkingDirectory() throws IOException {
    Path expected = dirOf("default-output").resolve(Recursion.class.getName() + ".lprof");
    Files.deleteIfExists(expected);
    JvmResult result =
        ChildJvm.run(
            TARGET.command(List.of(VERIFY, ProfiledRun.agentOption())),
            dirOf("default-output"),
            "run");
    assertEquals(0, result.exitCode, result.describe());
    LineResults results = LprofReader.read(expected);
    assertTrue(
        results.methods().stream().anyMatch(m -> m.methodName().equals("fib")),
        results.methods().toString());
  }

  @Test
  void verbosePrintsAReportAfterTheProgramsOwnOutput() {
    JvmResult plain = ChildJvm.run(TARGET.command(List.of(VERIFY)), dirOf("verbose"), "plain");
    Path lprof = dirOf("verbose").resolve("x.lprof");
    JvmResult result = runWithAgent("verbose", "output=" + lprof, "quiet", "verbose");
    assertEquals(0, result.exitCode, result.describe());
    assertTrue(result.stdout.startsWith(plain.stdout), result.describe());
    // Only that a report mentioning the profiled methods appears: its layout is not settled yet.
    String report = result.stdout.substring(plain.stdout.length());
    assertTrue(report.contains("fib"), "no report after the program's output:\n" + report);
    assertTrue(report.contains("sumTo"), "no report after the program's output:\n" + report);
  }

  /** Asserts the JVM stopped before the program ran, with one line and no stack trace. */
  private static String theOnlyErrorLine(JvmResult result) {
    assertNotEquals(0, result.exitCode, result.describe());
    assertEquals("", result.stdout, "the program must not have run\n" + result.describe());
    List<String> lines = nonBlank(result.stderrLines());
    assertEquals(1, lines.size(), "expected one error line\n" + result.describe());
    String line = lines.get(0);
    assertTrue(line.startsWith("jkernprof: "), line);
    assertFalse(line.contains("Exception"), line);
    return line;
  }

  private static JvmResult runWithAgent(String name, String... options) {
    return ChildJvm.run(
        TARGET.command(List.of(VERIFY, ProfiledRun.agentOption(options))), dirOf(name), "profiled");
  }

  private static Path dirOf(String name) {
    return BuildPaths.runsDir().resolve("AgentOptionsTest").resolve(name);
  }

  private static List<String> nonBlank(List<String> lines) {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        kept.add(line);
      }
    }
    return kept;
  }
}
