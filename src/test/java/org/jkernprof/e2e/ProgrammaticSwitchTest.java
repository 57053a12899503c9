package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jkernprof.e2e.targets.Sections;
import org.jkernprof.e2e.targets.StartsDisabled;
import org.jkernprof.results.LprofReader;
import org.junit.jupiter.api.Test;

/**
 * {@code org.jkernprof.JKernprof} in a real program: {@code enable()}/{@code disable()} choose
 * which calls are recorded, {@code dump(Path)} saves the results so far, the agent option {@code
 * start=disabled} starts with recording off, and without the agent every call does nothing.
 */
class ProgrammaticSwitchTest {
  private static final String VERIFY = "-Xverify:all";

  @Test
  void onlyCallsStartedWhileEnabledAreRecordedAndTheDumpHoldsTheResultsSoFar() throws IOException {
    Path dir = dirOf("sections");
    Path lprof = dir.resolve("x.lprof");
    Path dump = dir.resolve("dump.lprof");
    Files.deleteIfExists(lprof);
    Files.deleteIfExists(dump);
    Target target = Target.compiledByMaven(Sections.class).withArgs(dump.toString());

    JvmResult result =
        ChildJvm.run(
            target.command(List.of(VERIFY, ProfiledRun.agentOption("output=" + lprof, "quiet"))),
            dir,
            "profiled");

    assertEquals(0, result.exitCode, result.describe());
    assertEquals("agent=true dumped=true enabled=false\n", result.stdout, result.describe());
    assertEquals("", result.stderr, result.describe());
    HitsVerifier.verify(target.source, LprofReader.read(lprof), target.topLevelClass());
    HitsVerifier.verify(target.source, LprofReader.read(dump), target.topLevelClass());
  }

  @Test
  void withoutTheAgentTheProgramRunsAndNothingIsDumped() throws IOException {
    Path dir = dirOf("sections-plain");
    Path dump = dir.resolve("dump.lprof");
    Files.deleteIfExists(dump);
    Target target = Target.compiledByMaven(Sections.class).withArgs(dump.toString());

    JvmResult result = ChildJvm.run(target.command(List.of(VERIFY)), dir, "plain");

    assertEquals(0, result.exitCode, result.describe());
    assertEquals("agent=false dumped=false enabled=false\n", result.stdout, result.describe());
    assertFalse(Files.exists(dump), "dumped without an agent");
  }

  @Test
  void startDisabledRecordsNothingUntilEnable() throws IOException {
    Path dir = dirOf("start-disabled");
    Path lprof = dir.resolve("x.lprof");
    Files.deleteIfExists(lprof);
    Target target = Target.compiledByMaven(StartsDisabled.class);

    JvmResult result =
        ChildJvm.run(
            target.command(
                List.of(
                    VERIFY, ProfiledRun.agentOption("output=" + lprof, "quiet", "start=disabled"))),
            dir,
            "profiled");

    assertEquals(0, result.exitCode, result.describe());
    assertEquals("enabled at start=false, then true\n", result.stdout, result.describe());
    HitsVerifier.verify(target.source, LprofReader.read(lprof), target.topLevelClass());
  }

  @Test
  void aStartValueOtherThanEnabledOrDisabledStopsTheJvmWithOneLine() {
    Target target = Target.compiledByMaven(StartsDisabled.class);
    JvmResult result =
        ChildJvm.run(
            target.command(List.of(ProfiledRun.agentOption("start=off"))),
            dirOf("bad-start"),
            "profiled");

    assertEquals(2, result.exitCode, result.describe());
    assertEquals("", result.stdout, result.describe());
    List<String> lines = result.stderrLines().stream().filter(l -> !l.isBlank()).toList();
    assertEquals(
        List.of(
            "jkernprof: agent option 'start' is start=enabled or start=disabled, not start=off"),
        lines);
  }

  private static Path dirOf(String name) {
    return BuildPaths.runsDir().resolve("ProgrammaticSwitchTest").resolve(name);
  }
}
