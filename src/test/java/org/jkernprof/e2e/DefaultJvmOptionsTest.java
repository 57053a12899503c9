package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jkernprof.e2e.targets.Recursion;
import org.junit.jupiter.api.Test;

/**
 * The agent changes nothing a program prints when the JVM runs as users run it, with its default
 * options. The other tests add {@code -Xverify:all}, which also turns class data sharing off.
 */
class DefaultJvmOptionsTest {
  @Test
  void withDefaultJvmOptionsTheOutputIsTheSameAsWithoutTheAgent() {
    Target target = Target.compiledByMaven(Recursion.class);
    Path dir = BuildPaths.runsDir().resolve(getClass().getSimpleName());
    JvmResult plain = ChildJvm.run(target.command(List.of()), dir, "plain");
    JvmResult profiled =
        ChildJvm.run(
            target.command(
                List.of(ProfiledRun.agentOption("output=" + dir.resolve("x.lprof"), "quiet"))),
            dir,
            "profiled");
    assertEquals(plain.stdout, profiled.stdout, profiled.describe());
    assertEquals(plain.stderr, profiled.stderr, profiled.describe());
    assertEquals(plain.exitCode, profiled.exitCode, profiled.describe());
  }
}
