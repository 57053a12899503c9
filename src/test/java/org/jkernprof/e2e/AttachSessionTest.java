package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jkernprof.e2e.targets.AttachLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code jkernprof attach PID} against a real running JVM: a session records the hits of a method
 * the program keeps calling, a second session counts from zero; Enter, Ctrl-C (SIGINT) and SIGTERM
 * end a recording without {@code --duration}, and a command killed with SIGKILL still ends its
 * session, the program running on to its own end and its own code; function mode and the sampled
 * timer record under attach too.
 */
class AttachSessionTest {
  private static final long WAIT_MILLIS = 60_000;
  private static final Target TARGET = Target.compiledByMaven(AttachLoop.class);
  private static final String WORK = "AttachLoop.work(int)";
  private static final String LOOP_LINE = "acc += i % 7";

  @Test
  void anAttachRecordsHitsAndASecondAttachCountsFromZero() throws Exception {
    Path folder = Jkernprof.freshFolder("attach/twice");
    try (Program program = Program.start(folder, folder.resolve("stop"))) {
      String pid = Long.toString(program.process.pid());
      JvmResult first = attach(folder, "--duration", "2", "-o", "first.lprof", pid);
      JvmResult second = attach(folder, "--duration", "0.5", "-o", "second.lprof", pid);

      long firstHits = loopHits(folder, "first.lprof");
      long secondHits = loopHits(folder, "second.lprof");
      assertTrue(firstHits > 0, first.describe());
      assertTrue(secondHits > 0, second.describe());
      // Counted anew, the shorter session has fewer hits; counted on, it would have more.
      assertTrue(
          secondHits < firstHits, "second " + secondHits + " counts on from first " + firstHits);
      program.assertRunsItsOwnCode();
      program.assertNoThreadOfTheAgentLeft();
      program.assertEndsAsItself();
    }
  }

  @Test
  void enterEndsTheRecordingAndTheReportIsPrinted() throws Exception {
    Path folder = Jkernprof.freshFolder("attach/enter");
    try (Program program = Program.start(folder, folder.resolve("stop"))) {
      String pid = Long.toString(program.process.pid());
      Path out = folder.resolve("command.out");
      Path err = folder.resolve("command.err");
      Process command =
          Jkernprof.builder(
                  folder, Jkernprof.command("attach", "-l", "-v", "-o", "enter.lprof", pid))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start(); // standard input: a pipe, the keyboard here
      try {
        awaitText(command, () -> read(err), "recording until Enter or Ctrl-C");
        command.getOutputStream().write('\n');
        command.getOutputStream().flush();
        assertTrue(command.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "the command ended");
      } finally {
        command.destroyForcibly();
      }
      JvmResult result = new JvmResult(command.exitValue(), read(out), read(err));
      assertEquals(0, result.exitCode, result.describe());
      assertTrue(
          result.stderr.contains("jkernprof: detached from " + pid + ": 1 classes restored"),
          result.describe());
      assertTrue(result.stdout.contains("Function: " + WORK), result.describe());
      assertTrue(loopHits(folder, "enter.lprof") > 0, result.describe());
      program.assertRunsItsOwnCode();
      program.assertEndsAsItself();
    }
  }

  /** Ctrl-C in a terminal is SIGINT to the command; a service manager's stop is SIGTERM. */
  @ParameterizedTest
  @ValueSource(strings = {"INT", "TERM"})
  void aSignalEndsTheRecordingWithTheResultsWrittenAndTheClassRestored(String signal)
      throws Exception {
    Path folder = Jkernprof.freshFolder("attach/sig" + signal);
    try (Program program = Program.start(folder, folder.resolve("stop"))) {
      String pid = Long.toString(program.process.pid());
      JvmResult result;
      try (ChildJvm.Started command =
          Jkernprof.start(folder, "attach", "-l", "-o", "signalled.lprof", pid)) {
        awaitText(
            command.process, () -> read(command.stderrFile), "recording until Enter or Ctrl-C");
        Process kill =
            new ProcessBuilder("kill", "-s", signal, Long.toString(command.process.pid()))
                .inheritIO()
                .start();
        assertEquals(0, kill.waitFor(), "kill -s " + signal);
        assertTrue(
            command.process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "the command ended");
        result = command.result();
      }
      // The JVM's own exit status for the signal, 128 + its number, as for any JVM so stopped.
      assertEquals(signal.equals("INT") ? 130 : 143, result.exitCode, result.describe());
      assertTrue(
          result.stderr.contains("jkernprof: detached from " + pid + ": 1 classes restored"),
          result.describe());
      assertTrue(result.stdout.startsWith("Wrote profile results to "), result.describe());
      assertTrue(loopHits(folder, "signalled.lprof") > 0, result.describe());
      program.assertRunsItsOwnCode();
      program.assertEndsAsItself();
    }
  }

  @Test
  void functionModeAndTheSampledTimerRecordUnderAttach() throws Exception {
    Path folder = Jkernprof.freshFolder("attach/modes");
    try (Program program = Program.start(folder, folder.resolve("stop"))) {
      String pid = Long.toString(program.process.pid());
      String include = AttachLoop.class.getName() + "#work";

      JvmResult calls =
          Jkernprof.run(
              folder, "attach", pid, "--include", include, "--duration", "1", "-v", "-o", "a.prof");
      assertEquals(0, calls.exitCode, calls.describe());
      Matcher row =
          Pattern.compile("(?m)^\\s+(\\d+)\\s.*\\(AttachLoop\\.work\\)$").matcher(calls.stdout);
      assertTrue(row.find(), "a pstats row of AttachLoop.work\n" + calls.describe());
      assertTrue(Long.parseLong(row.group(1)) > 0, row.group());
      program.assertRunsItsOwnCode();

      JvmResult sampled =
          attach(folder, "--timer=sampled", "--duration", "1", "-o", "sampled.lprof", pid);
      assertTrue(loopHits(folder, "sampled.lprof") > 0, sampled.describe());
      LineReport report = Jkernprof.view(folder, "sampled.lprof");
      assertTrue(report.samples().isPresent(), "a sampled timer's header: " + report.timerUnit());
      program.assertRunsItsOwnCode();
      program.assertNoThreadOfTheAgentLeft();
      program.assertEndsAsItself();
    }
  }

  @Test
  void aKilledCommandEndsItsSessionAndTheProgramRunsOn() throws Exception {
    Path folder = Jkernprof.freshFolder("attach/killed");
    Path stop = folder.resolve("stop");
    try (Program program = Program.start(folder, stop)) {
      long pid = program.process.pid();
      try (ChildJvm.Started command =
          Jkernprof.start(folder, "attach", "-l", "-o", "killed.lprof", Long.toString(pid))) {
        awaitText(
            command.process, () -> read(command.stderrFile), "recording until Enter or Ctrl-C");
        command.process.destroyForcibly().waitFor(); // SIGKILL: no hook of the command runs
      }
      Pattern watchdog =
          Pattern.compile(
              "jkernprof: the attach command \\(pid \\d+\\) is gone: results written to "
                  + Pattern.quote(folder.resolve("killed.lprof").toString())
                  + ", 1 classes restored");
      String line =
          awaitText(program.process, () -> read(program.stderr), "jkernprof: the attach command");
      assertTrue(watchdog.matcher(line.strip()).matches(), line);
      assertTrue(program.process.isAlive(), "the program runs on");
      assertTrue(loopHits(folder, "killed.lprof") > 0);
      program.assertRunsItsOwnCode();

      Files.createFile(stop);
      JvmResult ended = awaitEnd(program);
      assertEquals(0, ended.exitCode, ended.describe());
      assertTrue(ended.stdout.contains("done "), ended.describe());
    }
  }

  /**
   * The program attached to, started outside {@link ChildJvm}'s two places: the command that
   * attaches takes one while the program runs, and two test classes each holding one and waiting
   * for a second would wait for ever.
   */
  private static final class Program implements AutoCloseable {
    final Process process;
    final Path stdout;
    final Path stderr;

    final Path stopFile;
    final RedefinitionLog redefinitions;

    private Program(
        Process process, Path stdout, Path stderr, Path stopFile, RedefinitionLog redefinitions) {
      this.process = process;
      this.stdout = stdout;
      this.stderr = stderr;
      this.stopFile = stopFile;
      this.redefinitions = redefinitions;
    }

    static Program start(Path folder, Path stop) throws Exception {
      Path out = folder.resolve("program.out");
      Path err = folder.resolve("program.err");
      RedefinitionLog redefinitions = new RedefinitionLog(folder.resolve("redefinitions.log"));
      Process process =
          new ProcessBuilder(
                  TARGET.withArgs(stop.toString()).command(List.of(redefinitions.jvmOption())))
              .directory(folder.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      Program program = new Program(process, out, err, stop, redefinitions);
      awaitText(process, () -> read(out), "ready");
      return program;
    }

    /**
     * After a detach, AttachLoop runs its original code: retransformed with its original bytes,
     * HotSpot finds each of its three methods equal to the one it ran (see {@link
     * RedefinitionLog}).
     */
    void assertRunsItsOwnCode() throws InterruptedException {
      RedefinitionLog.Redefinition again =
          redefinitions.compareWithOriginal(process.pid(), AttachLoop.class.getName(), WAIT_MILLIS);
      assertEquals(List.of(), again.changed(), "methods that were not the original's: " + again);
      assertEquals(3, again.equalMethods(), again.toString());
    }

    /**
     * No thread of the agent's (its watchdog, writers, async-profiler's sampler) is left in the
     * program once the command said it detached; the threads end within a few seconds.
     */
    void assertNoThreadOfTheAgentLeft() throws InterruptedException {
      long deadline = System.currentTimeMillis() + 5_000;
      while (true) {
        List<String> left =
            NativeThreadNames.of(process.pid()).stream()
                .filter(n -> n.startsWith("jkernprof") || n.startsWith("Async-profiler"))
                .collect(Collectors.toList());
        if (left.isEmpty()) {
          return;
        }
        if (System.currentTimeMillis() > deadline) {
          throw new AssertionError("threads of the agent left after the detach: " + left);
        }
        Thread.sleep(50);
      }
    }

    /** Stops the program: it ends by itself, exit code 0, nothing of the agent's printed. */
    void assertEndsAsItself() throws Exception {
      Files.createFile(stopFile);
      JvmResult ended = awaitEnd(this);
      assertEquals(0, ended.exitCode, ended.describe());
      assertTrue(ended.stdout.contains("done "), ended.describe());
      assertEquals("", ended.stderr, "the program printed nothing of the agent's");
    }

    JvmResult result() throws Exception {
      return new JvmResult(process.exitValue(), read(stdout), read(stderr));
    }

    @Override
    public void close() throws InterruptedException {
      if (process.isAlive()) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /** {@code jkernprof attach -l ARGS}, which must succeed and say it attached and detached. */
  private static JvmResult attach(Path folder, String... args) {
    String[] command = new String[args.length + 2];
    command[0] = "attach";
    command[1] = "-l";
    System.arraycopy(args, 0, command, 2, args.length);
    JvmResult result = Jkernprof.run(folder, command);
    assertEquals(0, result.exitCode, result.describe());
    List<String> lines =
        result.stderrLines().stream().filter(l -> !l.isBlank()).collect(Collectors.toList());
    assertEquals(2, lines.size(), result.describe());
    String pid = args[args.length - 1];
    assertTrue(
        lines
            .get(0)
            .matches(
                "jkernprof: attached to "
                    + pid
                    + " \\("
                    + Pattern.quote(AttachLoop.class.getName())
                    + "\\): 1 classes rewritten; recording for [0-9.]+ s"),
        lines.get(0));
    assertEquals("jkernprof: detached from " + pid + ": 1 classes restored", lines.get(1));
    assertTrue(result.stdout.startsWith("Wrote profile results to "), result.describe());
    return result;
  }

  private static long loopHits(Path folder, String results) {
    return Jkernprof.view(folder, "--source-path", BuildPaths.sourceDir().toString(), results)
        .method(WORK)
        .rowContaining(LOOP_LINE)
        .hits();
  }

  private interface Text {
    String get() throws Exception;
  }

  /** Waits until {@code text} has a line containing {@code wanted}; returns that line. */
  private static String awaitText(Process process, Text text, String wanted) throws Exception {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (true) {
      for (String line : text.get().split("\n")) {
        if (line.contains(wanted)) {
          return line;
        }
      }
      if (!process.isAlive()) {
        throw new AssertionError("ended before '" + wanted + "':\n" + text.get());
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("no '" + wanted + "' in " + WAIT_MILLIS + " ms:\n" + text.get());
      }
      Thread.sleep(20);
    }
  }

  private static JvmResult awaitEnd(Program program) throws Exception {
    assertTrue(program.process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "the program ended");
    return program.result();
  }

  private static String read(Path file) throws Exception {
    return Files.readString(file);
  }
}
