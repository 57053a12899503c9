package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.tools.attach.VirtualMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jkernprof.e2e.targets.EndsWhenTold;
import org.junit.jupiter.api.Test;

/**
 * The agent loaded into a JVM that is already running ({@code agentmain}, through the JDK's Attach
 * API): a bad option is reported in one line on the program's standard error, and the program runs
 * on to its own end; unlike a JVM started with a bad {@code -javaagent}, it is never ended.
 */
class AttachedAgentTest {
  private static final Target TARGET = Target.compiledByMaven(EndsWhenTold.class);

  @Test
  void aBadOptionOfAnAttachedAgentIsReportedAndTheProgramRunsOn() throws Exception {
    Path dir = BuildPaths.runsDir().resolve("attach/bad-option");
    Files.createDirectories(dir);
    Path go = dir.resolve("go");
    Files.deleteIfExists(go);
    try (ChildJvm.Started target =
        ChildJvm.start(
            TARGET.withArgs(go.toString(), "return").command(List.of()), dir, "bad-option")) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!target.stdoutSoFar().contains("ready") && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      VirtualMachine vm = VirtualMachine.attach(Long.toString(target.process.pid()));
      try {
        vm.loadAgent(BuildPaths.agentJar().toString(), "bogus");
      } finally {
        vm.detach();
      }
      Files.createFile(go);
      assertTrue(target.process.waitFor(60, TimeUnit.SECONDS), "the program ended");
      JvmResult result = target.result();
      assertEquals(0, result.exitCode, result.describe());
      List<String> errors =
          result.stderrLines().stream().filter(l -> !l.isBlank()).collect(Collectors.toList());
      assertEquals(1, errors.size(), result.describe());
      assertTrue(
          errors.get(0).startsWith("jkernprof: unknown agent option 'bogus'"), errors.get(0));
    }
  }
}
