package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jkernprof.e2e.targets.PatternSelection;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The agent's include and exclude options at their limits: invalid patterns, and {@code **}. */
class PatternOptionsTest {
  private static final Target TARGET = Target.compiledByMaven(PatternSelection.class);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "include=",
        "include=#run",
        "include=com.acme.Report#",
        "exclude=com/acme/Report",
        "include=com.acme.*;;com.acme.Report",
        "include=com.acme.Report#build(int)",
      })
  void anInvalidPatternStopsTheJvmWithOneLineAndExitCode2(String option) {
    JvmResult result = run("invalid-" + option.replaceAll("\\W", "_"), option);
    assertEquals(2, result.exitCode, result.describe());
    assertEquals("", result.stdout, "the program must not have run\n" + result.describe());
    List<String> lines = nonBlank(result.stderrLines());
    assertEquals(1, lines.size(), result.describe());
    assertTrue(lines.get(0).startsWith("jkernprof: agent option '"), lines.get(0));
    assertFalse(lines.get(0).contains("Exception"), lines.get(0));
  }

  /** Every class of the application, and none of the JDK's or the agent's. */
  @Test
  void twoStarsProfileEveryApplicationClassAndNothingElse() throws IOException {
    JvmResult plain = ChildJvm.run(TARGET.command(List.of("-Xverify:all")), dirOf("all"), "plain");
    Path lprof = dirOf("all").resolve("x.lprof");
    Files.deleteIfExists(lprof);
    JvmResult result = run("all", "output=" + lprof, "quiet", "include=**");

    assertEquals(0, result.exitCode, result.describe());
    assertEquals(plain.stdout, result.stdout);
    assertEquals(List.of(), nonBlank(result.stderrLines()), "no warning, no error");
    List<String> classes = new ArrayList<>();
    boolean notSelectedListed = false;
    for (MethodProfile m : LprofReader.read(lprof).methods()) {
      classes.add(m.className());
      notSelectedListed |= m.methodName().equals("notSelected");
      // A method's lambdas report into it; a static initializer's are their own, since ** does
      // not select the initializer.
      assertFalse(
          m.methodName().startsWith("lambda$") && !m.methodName().startsWith("lambda$static$"),
          m.key());
    }
    assertTrue(notSelectedListed, classes.toString());
    String target = PatternSelection.class.getName();
    for (String className : classes) {
      assertTrue(className.startsWith(target), className);
      assertFalse(
          className.equals(target + "$Report$1"), "an anonymous class reports into its method");
    }
    // An enum constant's body is written in no method: its methods are their own.
    assertTrue(classes.contains(target + "$Level$1"), classes.toString());
  }

  private static JvmResult run(String name, String... options) {
    return ChildJvm.run(
        TARGET.command(List.of("-Xverify:all", ProfiledRun.agentOption(options))),
        dirOf(name),
        "profiled");
  }

  private static Path dirOf(String name) {
    return BuildPaths.runsDir().resolve("PatternOptionsTest").resolve(name);
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
