package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jkernprof.e2e.targets.AttachLoop;
import org.junit.jupiter.api.Test;

/**
 * {@code jkernprof attach PID} against a real running JVM: a session records the hits of a method
 * the program keeps calling, a second session counts from zero, and a command killed with SIGKILL
 * still ends its session, the program running on to its own end.
 */
class AttachSessionTest {
  private static final long WAIT_MILLIS = 60_000;
  private static final Target TARGET = Target.compiledByMaven(AttachLoop.class);
  private static final String WORK = "AttachLoop.work(int)";
  private static final String LOOP_LINE = "acc += i % 7";

  @Test
  void anAttachRecordsHitsAndASecondAttachCountsFromZero() throws Exception {
    Path folder = Jkernprof.freshFolder("attach/twice");
    Path stop = folder.resolve("stop");
    try (Program program = Program.start(folder, stop)) {
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

      Files.createFile(stop);
      JvmResult ended = awaitEnd(program);
      assertEquals(0, ended.exitCode, ended.describe());
      assertEquals("", ended.stderr, "the program printed nothing of the agent's");
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

    private Program(Process process, Path stdout, Path stderr) {
      this.process = process;
      this.stdout = stdout;
      this.stderr = stderr;
    }

    static Program start(Path folder, Path stop) throws Exception {
      Path out = folder.resolve("program.out");
      Path err = folder.resolve("program.err");
      Process process =
          new ProcessBuilder(TARGET.withArgs(stop.toString()).command(List.of()))
              .directory(folder.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      Program program = new Program(process, out, err);
      awaitText(process, () -> read(out), "ready");
      return program;
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
