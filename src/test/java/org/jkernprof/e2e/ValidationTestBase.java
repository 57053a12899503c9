package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs one target program without and with the agent, in the JaCoCo way: the target's source says
 * on each line how many hits it expects ({@code acc += i; // hits(1000)}) and this class checks
 * every such comment against the results file, and that the agent changed nothing the program does.
 * Subclasses name the target and add the checks particular to it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ValidationTestBase {
  private final Class<?> main;
  private ProfiledRun run;
  private Target target;

  /** For a target compiled by Maven with this module's test sources. */
  protected ValidationTestBase(Class<?> main) {
    this.main = main;
  }

  /** For a target built at test time: the subclass overrides {@link #target()}. */
  protected ValidationTestBase() {
    this(null);
  }

  /** The program to run; called once, before any test of the class. */
  protected Target target() {
    return Target.compiledByMaven(main);
  }

  /**
   * One text per warning the agent must print for this target (each must be found in exactly one
   * warning line); none by default.
   */
  protected List<String> expectedWarnings() {
    return List.of();
  }

  /** Agent options beyond {@code output} and {@code quiet}, such as {@code include=...}. */
  protected List<String> agentOptions() {
    return List.of();
  }

  @BeforeAll
  final void runTargetWithAndWithoutAgent() {
    target = target();
    run = ProfiledRun.of(target, getClass().getSimpleName(), agentOptions());
  }

  protected final ProfiledRun run() {
    return run;
  }

  protected final RecordedLines recorded() {
    return RecordedLines.of(run.results(), target.topLevelClass());
  }

  /** The number of the only line of the target's source that contains {@code marker}. */
  protected final int lineOf(String marker) {
    return JavaSource.read(target.source).lineOf(marker);
  }

  @Test
  final void agentChangesNeitherOutputNorExitCode() {
    assertEquals(run.plain.stdout, run.profiled.stdout, "standard output\n" + describeBoth());
    assertEquals(
        run.plainStderr(),
        run.profiledStderrWithoutAgentLines(),
        "standard error (without the agent's lines)\n" + describeBoth());
    assertEquals(run.plain.exitCode, run.profiled.exitCode, "exit code\n" + describeBoth());
  }

  @Test
  final void everyClassPassesTheVerifierAndIsInstrumentedWithoutError() {
    String all = run.profiled.stdout + run.profiled.stderr;
    assertFalse(
        all.contains("VerifyError"), "a class failed verification:\n" + run.profiled.describe());
    assertFalse(
        all.contains("jkernprof: error"),
        "the agent failed to instrument a class:\n" + run.profiled.describe());
  }

  @Test
  final void agentWarnsExactlyAsExpected() {
    List<String> warnings = new ArrayList<>(run.agentLines());
    // Whether the probes took over a third of the run's wall time depends on the machine's load
    // (seen at 34 % on a busy CI run); ProbeCostAtExitTest checks that line itself.
    warnings.removeIf(w -> w.startsWith("jkernprof: the profiler's own probes took"));
    List<String> expected = expectedWarnings();
    for (String text : expected) {
      long matching = warnings.stream().filter(w -> w.contains(text)).count();
      assertEquals(1, matching, "warning lines containing '" + text + "' among " + warnings);
    }
    assertEquals(expected.size(), warnings.size(), "the agent's lines: " + warnings);
  }

  @Test
  final void everyLineHasTheHitsItsCommentStates() {
    HitsVerifier.verify(target.source, run.results(), target.topLevelClass());
  }

  private String describeBoth() {
    return "=== without agent: "
        + run.plain.describe()
        + "\n=== with agent: "
        + run.profiled.describe();
  }
}
