package org.jkernprof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jkernprof attach} and {@code jkernprof ps} up to the point of attaching: usage errors, the
 * list of JVMs, a process id that is no JVM. Recording itself is tested end to end in {@code
 * src/test}.
 */
class AttachCommandTest {
  @TempDir Path folder;

  @Test
  void withoutAPidItIsAUsageError() throws Exception {
    CliHarness.Result result = CliHarness.in(folder).run("attach");
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(
        result.err.startsWith(
            "jkernprof: missing the PID of the JVM to attach to (jkernprof attach --list shows"
                + " them)"),
        result.toString());
  }

  @Test
  void aPidThatIsNotANumberIsAUsageError() throws Exception {
    CliHarness.Result result = CliHarness.in(folder).run("attach", "my-app");
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(
        result.err.startsWith(
            "jkernprof: the PID is the process id of a JVM, a positive number, not 'my-app'"),
        result.toString());
  }

  @Test
  void aDurationOfZeroIsAUsageError() throws Exception {
    CliHarness.Result result = CliHarness.in(folder).run("attach", "--duration", "0", "1");
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(
        result.err.startsWith(
            "jkernprof: invalid value for option '--duration': '0' is not a positive number"),
        result.toString());
  }

  @Test
  void aPidWithNoJvmIsOneLineAndExitCode2() throws Exception {
    long noJvm = 999_999_999L;
    CliHarness.Result result = CliHarness.in(folder).run("attach", Long.toString(noJvm));
    assertEquals(2, result.exitCode, result.toString());
    assertEquals(
        CliHarness.lines(
            "jkernprof: no JVM with pid " + noJvm + " (jkernprof attach --list shows them)"),
        result.err);
    assertEquals("", result.out);
  }

  @Test
  void listAndPsShowARunningJvmByPidAndMainClass() throws Exception {
    Path classes =
        Paths.get(
            SleepsUntilKilled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Process jvm =
        new ProcessBuilder(
                RunEnvironment.currentJava().toString(),
                "-cp",
                classes.toString(),
                SleepsUntilKilled.class.getName())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("ready", out.readLine());
      String expected = jvm.pid() + " " + SleepsUntilKilled.class.getName();
      for (String[] command :
          Arrays.asList(new String[] {"attach", "--list"}, new String[] {"ps"})) {
        CliHarness.Result result = CliHarness.in(folder).run(command);
        assertEquals(0, result.exitCode, result.toString());
        assertTrue(
            Arrays.asList(result.out.split(System.lineSeparator())).contains(expected),
            String.join(" ", command) + " lists " + expected + ":\n" + result);
        String self = Long.toString(ProcessHandle.current().pid());
        assertTrue(
            Arrays.stream(result.out.split(System.lineSeparator()))
                .noneMatch(line -> line.equals(self) || line.startsWith(self + " ")),
            "never itself: " + result);
      }
    } finally {
      jvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
