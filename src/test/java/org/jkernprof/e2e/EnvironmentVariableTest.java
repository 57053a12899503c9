package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jkernprof.e2e.targets.Recursion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code JKERNPROF=1 java -javaagent:...} prints the line report at exit, as {@code verbose}. */
class EnvironmentVariableTest {
  private static final Target TARGET = Target.compiledByMaven(Recursion.class);

  @Test
  void jkernprofOnePrintsTheReportAfterTheProgramsOwnOutput() {
    JvmResult plain = runPlain();
    JvmResult result = runWithAgent("one", "1", "quiet");

    assertEquals(0, result.exitCode, result.describe());
    assertTrue(result.stdout.startsWith(plain.stdout), result.describe());
    String report = result.stdout.substring(plain.stdout.length());
    LineReport parsed = LineReport.parse(report);
    assertTrue(
        parsed.functions().stream().anyMatch(f -> f.contains("fib")),
        "no report of fib after the program's output:\n" + report);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "false", ""})
  void otherValuesPrintNoReport(String value) {
    JvmResult plain = runPlain();
    JvmResult result = runWithAgent("value-" + value, value, "quiet");

    assertEquals(0, result.exitCode, result.describe());
    assertEquals(plain.stdout, result.stdout);
  }

  @Test
  void verboseFalseOnTheAgentWinsOverTheVariable() {
    JvmResult plain = runPlain();
    JvmResult result = runWithAgent("verbose-false", "1", "quiet", "verbose=false");

    assertEquals(0, result.exitCode, result.describe());
    assertEquals(plain.stdout, result.stdout);
    assertFalse(result.stdout.contains("Timer unit"), result.describe());
  }

  @Test
  void theCommandLinePrintsOneReportEvenWithTheVariableSet() {
    Path folder = Jkernprof.freshFolder("env-one");
    ProcessBuilder builder =
        Jkernprof.builder(
            folder, Jkernprof.command(ConfigFileLauncherTest.profileArguments(TARGET, "-v")));
    builder.environment().put("JKERNPROF", "1");

    JvmResult result = ChildJvm.run(builder, folder, "jkernprof");

    assertEquals(0, result.exitCode, result.describe());
    String out = result.stdout;
    assertTrue(out.contains("Timer unit:"), result.describe());
    assertEquals(out.indexOf("Timer unit:"), out.lastIndexOf("Timer unit:"), result.describe());
  }

  private static JvmResult runPlain() {
    return ChildJvm.run(TARGET.command(List.of()), dirOf("plain"), "run");
  }

  /** Runs the target under the agent with {@code JKERNPROF=value}, unset if {@code null}. */
  private static JvmResult runWithAgent(String name, String value, String... agentOptions) {
    Path dir = dirOf(name);
    List<String> options = new ArrayList<>(List.of("output=" + dir.resolve("x.lprof")));
    options.addAll(List.of(agentOptions));
    ProcessBuilder builder =
        new ProcessBuilder(
                TARGET.command(List.of(ProfiledRun.agentOption(options.toArray(new String[0])))))
            .directory(dir.toFile());
    builder.environment().remove("JKERNPROF");
    if (value != null) {
      builder.environment().put("JKERNPROF", value);
    }
    return ChildJvm.run(builder, dir, "run");
  }

  private static Path dirOf(String name) {
    return BuildPaths.runsDir().resolve("EnvironmentVariableTest").resolve(name);
  }
}
