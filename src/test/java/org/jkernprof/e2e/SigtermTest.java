package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkernprof.e2e.targets.WaitForSignal;
import org.jkernprof.results.LprofReader;
import org.junit.jupiter.api.Test;

/** SIGTERM while the program sleeps: the agent's shutdown hook still writes the hits so far. */
class SigtermTest {
  private static final long WAIT_MILLIS = 60_000;

  @Test
  void resultsAreWrittenWhenTheJvmIsTerminated() throws Exception {
    Target target = Target.compiledByMaven(WaitForSignal.class);
    Path dir = BuildPaths.runsDir().resolve(getClass().getSimpleName());
    Path lprof = dir.resolve("x.lprof");
    Files.deleteIfExists(lprof);
    List<String> command =
        target.command(
            List.of("-Xverify:all", ProfiledRun.agentOption("output=" + lprof, "quiet")));
    JvmResult result;
    try (ChildJvm.Started jvm = ChildJvm.start(command, dir, "profiled")) {
      awaitReady(jvm);
      jvm.process.destroy(); // SIGTERM
      assertTrue(jvm.process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "JVM ignored SIGTERM");
      result = jvm.result();
    }
    assertEquals(128 + 15, result.exitCode, result.describe());
    assertFalse(result.stdout.contains("woke up"), result.describe());
    assertFalse(result.stderr.contains("jkernprof: "), result.describe());
    assertTrue(Files.isRegularFile(lprof), "no results file after SIGTERM\n" + result.describe());
    HitsVerifier.verify(target.source, LprofReader.read(lprof), target.topLevelClass());
  }

  private static void awaitReady(ChildJvm.Started jvm) throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (!jvm.stdoutSoFar().contains("ready")) {
      if (!jvm.process.isAlive()) {
        throw new AssertionError(
            "the target ended before it was ready\n" + jvm.result().describe());
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(
            "the target did not say it was ready within " + WAIT_MILLIS + " ms");
      }
      Thread.sleep(20);
    }
  }
}
