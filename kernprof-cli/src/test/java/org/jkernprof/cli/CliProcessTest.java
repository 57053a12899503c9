package org.jkernprof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jkernprof.results.LprofReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as its own process, as a user runs it: the program inherits the terminal's streams,
 * and stopping the command stops the program so that it still writes its results.
 */
class CliProcessTest {
  @TempDir static Path build;
  private static SampleProgram sample;

  @TempDir Path dir;

  @BeforeAll
  static void compileSample() throws IOException {
    sample = SampleProgram.buildIn(build);
  }

  @Test
  void theProgramUsesTheCommandsOwnStandardStreams() throws Exception {
    Process cli = startCli("-l", sample.jar().toString(), "stdin", "exit=4");
    try (OutputStream stdin = cli.getOutputStream()) {
      stdin.write("through the pipe\n".getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(cli.waitFor(60, TimeUnit.SECONDS), "the command ends");
    assertEquals(
        Arrays.asList(
            "sum=14",
            "args=stdin|exit=4",
            "stdin=through the pipe",
            "Wrote profile results to sample.jar.lprof",
            "Inspect results with:",
            "jkernprof view sample.jar.lprof"),
        Files.readAllLines(stdout()));
    assertEquals(Arrays.asList("sample: to stderr"), Files.readAllLines(stderr()));
    assertEquals(4, cli.exitValue());
    sample.assertProfiledOnce(LprofReader.read(dir.resolve("sample.jar.lprof")));
  }

  @Test
  void stoppingTheCommandStopsTheProgramWhichStillWritesItsResults() throws Exception {
    Process cli = startCli("-l", "-cp", sample.classes().toString(), "sample.Sample", "sleep");
    List<ProcessHandle> program = new ArrayList<>();
    try {
      awaitLine(stdout(), "ready", cli);
      cli.descendants().forEach(program::add);
      assertEquals(1, program.size(), "one child JVM");

      cli.destroy(); // SIGTERM

      assertTrue(cli.waitFor(60, TimeUnit.SECONDS), "the command ends");
      program.get(0).onExit().get(10, TimeUnit.SECONDS);
      List<String> out = Files.readAllLines(stdout());
      assertEquals(
          Arrays.asList(
              "sum=14",
              "args=sleep",
              "ready",
              "Wrote profile results to sample.Sample.lprof",
              "Inspect results with:",
              "jkernprof view sample.Sample.lprof"),
          out);
      sample.assertProfiledOnce(LprofReader.read(dir.resolve("sample.Sample.lprof")));
      assertEquals(128 + 15, cli.exitValue(), "ended by SIGTERM");
    } finally {
      // Whatever failed, leave no sleeping program behind.
      program.forEach(ProcessHandle::destroyForcibly);
      cli.destroyForcibly();
    }
  }

  /**
   * {@code java -cp <this test's class path> org.jkernprof.cli.Main ARGS} in {@link #dir}, its
   * output going to files: {@code Process.destroy()} would close pipes before they are read.
   */
  private Process startCli(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(RunEnvironment.currentJava().toString());
    command.add("-D" + AgentJar.PROPERTY + "=" + TestAgent.path());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(Arrays.asList(args));
    return new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectOutput(stdout().toFile())
        .redirectError(stderr().toFile())
        .start();
  }

  private Path stdout() {
    return dir.resolve("cli.out");
  }

  private Path stderr() {
    return dir.resolve("cli.err");
  }

  private static void awaitLine(Path file, String line, Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.readAllLines(file).contains(line)) {
      assertTrue(process.isAlive(), "the command is still running");
      assertTrue(System.nanoTime() < deadline, "waiting for '" + line + "' in " + file);
      Thread.sleep(20);
    }
  }
}
