package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jkernprof.e2e.targets.EndsWhenTold;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LprofWriter;
import org.jkernprof.results.ProfWriter;
import org.jkernprof.results.RunInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Results that cannot be written at exit: the folder removed or made read-only while the program
 * runs (the agent and the command check it at start), a file size limit, a full file system. Each
 * way to fail meets each way to end (return, System.exit(3), an uncaught exception, SIGTERM) at
 * least once, with the agent alone and through the {@code jkernprof} command, in both modes. The
 * program's exit code is kept; one line names the file and the reason, and no stack trace but the
 * program's own appears; no temporary file is left; an older results file is left as it was.
 */
class UnwritableResultsTest {
  private static final long WAIT_MILLIS = 60_000;
  private static final Target TARGET = Target.compiledByMaven(EndsWhenTold.class);

  /**
   * The file size limit, in KiB: above what the program and the command print, below the results
   * file, which records the command line with {@link #PADDING} in it.
   */
  private static final int SIZE_LIMIT_KIB = 1;

  private static final String PADDING = "p".repeat(2_000);

  /** How the program ends, and the exit code it ends with. */
  enum Ending {
    RETURN("return", 0),
    EXIT_3("exit3", 3),
    UNCAUGHT("throw", 1),
    SIGTERM("wait", 128 + 15);

    final String argument;
    final int exitCode;

    Ending(String argument, int exitCode) {
      this.argument = argument;
      this.exitCode = exitCode;
    }
  }

  /** What keeps the results from being written. */
  enum Breakage {
    FOLDER_REMOVED,
    FOLDER_READ_ONLY,
    FILE_SIZE_LIMIT,
    DISK_FULL
  }

  enum Runner {
    AGENT,
    LAUNCHER
  }

  enum Mode {
    LINE,
    FUNCTION
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(Breakage.FOLDER_REMOVED, Ending.RETURN, Runner.AGENT, Mode.LINE),
        Arguments.of(Breakage.FOLDER_REMOVED, Ending.EXIT_3, Runner.AGENT, Mode.FUNCTION),
        Arguments.of(Breakage.FOLDER_REMOVED, Ending.EXIT_3, Runner.LAUNCHER, Mode.LINE),
        Arguments.of(Breakage.FOLDER_READ_ONLY, Ending.UNCAUGHT, Runner.AGENT, Mode.LINE),
        Arguments.of(Breakage.FOLDER_READ_ONLY, Ending.RETURN, Runner.AGENT, Mode.FUNCTION),
        Arguments.of(Breakage.FOLDER_READ_ONLY, Ending.SIGTERM, Runner.LAUNCHER, Mode.LINE),
        Arguments.of(Breakage.FILE_SIZE_LIMIT, Ending.SIGTERM, Runner.AGENT, Mode.LINE),
        Arguments.of(Breakage.FILE_SIZE_LIMIT, Ending.UNCAUGHT, Runner.AGENT, Mode.FUNCTION),
        Arguments.of(Breakage.FILE_SIZE_LIMIT, Ending.RETURN, Runner.LAUNCHER, Mode.LINE),
        Arguments.of(Breakage.DISK_FULL, Ending.EXIT_3, Runner.AGENT, Mode.LINE),
        Arguments.of(Breakage.DISK_FULL, Ending.SIGTERM, Runner.AGENT, Mode.FUNCTION),
        Arguments.of(Breakage.DISK_FULL, Ending.UNCAUGHT, Runner.LAUNCHER, Mode.FUNCTION));
  }

  @ParameterizedTest(name = "{0}, {1}, {2}, {3} mode")
  @MethodSource("cases")
  void theExitCodeIsKeptAndOneLineSaysWhyAndNothingIsLeftBehind(
      Breakage breakage, Ending ending, Runner runner, Mode mode) throws Exception {
    assumeTrue(UnwritableFolders.canBreak(breakage), "cannot make " + breakage + " here");
    Path dir =
        BuildPaths.runsDir()
            .resolve(getClass().getSimpleName())
            .resolve(breakage + "-" + ending + "-" + runner + "-" + mode);
    UnwritableFolders.repair(Breakage.FOLDER_READ_ONLY, dir.resolve("out"));
    UnwritableFolders.deleteTree(dir);
    Path out = Files.createDirectories(dir.resolve("out"));
    String fileName = mode == Mode.LINE ? "x.lprof" : "x.prof";
    Path results = out.resolve(fileName);
    byte[] older = olderResults(mode);
    Path olderCopy = dir.resolve("older-" + fileName);
    Files.write(olderCopy, older);
    Files.write(results, older);
    Path go = dir.resolve("go");

    List<String> command =
        wrapped(
            breakage, dir, out, fileName, olderCopy, program(runner, mode, results, go, ending));
    JvmResult result;
    try (ChildJvm.Started started = start(runner, command, dir)) {
      awaitOutput(started, "ready");
      breakMidRun(breakage, out);
      try {
        Files.createFile(go);
        if (ending == Ending.SIGTERM) {
          awaitOutput(started, "waiting");
          jvmOf(started.process.toHandle()).destroy(); // SIGTERM
        }
        assertTrue(
            started.process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "the program did not end");
        result = started.result();
      } finally {
        UnwritableFolders.repair(breakage, out);
      }
    }

    assertEquals(ending.exitCode, result.exitCode, result.describe());
    checkStandardError(result, breakage, ending, runner, results, out);
    List<String> left = new ArrayList<>();
    byte[] olderAfter = null;
    if (breakage == Breakage.DISK_FULL) {
      // The full file system lived in the wrapper's mount namespace: it listed and copied out.
      left.addAll(Files.readAllLines(dir.resolve("listing")));
      olderAfter = Files.readAllBytes(dir.resolve("after"));
    } else if (Files.isDirectory(out)) {
      try (Stream<Path> files = Files.list(out)) {
        files.forEach(f -> left.add(f.getFileName().toString()));
      }
      olderAfter = Files.readAllBytes(results);
    }
    List<String> expected = new ArrayList<>();
    if (breakage == Breakage.DISK_FULL) {
      expected.add("filler");
    }
    if (breakage != Breakage.FOLDER_REMOVED) {
      expected.add(fileName);
      assertArrayEquals(older, olderAfter, "the older results file changed");
    }
    left.sort(Comparator.naturalOrder());
    assertEquals(expected, left, "what the results folder holds after the run");
  }

  private static void checkStandardError(
      JvmResult result, Breakage breakage, Ending ending, Runner runner, Path results, Path out) {
    List<String> ours = new ArrayList<>();
    List<String> program = new ArrayList<>();
    for (String line : result.stderrLines()) {
      if (line.startsWith(ProfiledRun.AGENT_PREFIX)) {
        ours.add(line);
      } else if (!line.isEmpty()) {
        program.add(line);
      }
    }
    List<String> expected = new ArrayList<>();
    expected.add(
        "jkernprof: cannot write profile results to "
            + results
            + ": "
            + UnwritableFolders.reason(breakage, out));
    if (runner == Runner.LAUNCHER) {
      expected.add(
          "jkernprof: the program ended (exit code "
              + ending.exitCode
              + ") without writing profile results to "
              + results);
    }
    assertEquals(expected, ours, result.describe());
    if (ending == Ending.UNCAUGHT) {
      // The program's own stack trace, and nothing of ours in it.
      assertEquals(
          "Exception in thread \"main\" java.lang.IllegalStateException: uncaught on purpose",
          program.get(0),
          result.describe());
      for (String line : program.subList(1, program.size())) {
        assertTrue(
            line.startsWith("\tat " + EndsWhenTold.class.getName() + "."), result.describe());
      }
    } else {
      assertEquals(List.of(), program, result.describe());
    }
  }

  /** A small valid results file of the mode's kind, from an earlier run. */
  private static byte[] olderResults(Mode mode) {
    RunInfo run = new RunInfo("an earlier run", "17", 1_764_000_000_000L, 1_000);
    return mode == Mode.LINE
        ? LprofWriter.toBytes(new LineResults(run, List.of()))
        : ProfWriter.toBytes(new FunctionResults(run, List.of(), List.of()));
  }

  private static List<String> program(
      Runner runner, Mode mode, Path results, Path go, Ending ending) {
    List<String> programArguments = List.of(go.toString(), ending.argument, PADDING);
    if (runner == Runner.AGENT) {
      List<String> options = new ArrayList<>(List.of("output=" + results));
      if (mode == Mode.FUNCTION) {
        options.add("mode=function");
      }
      return TARGET
          .withArgs(programArguments.toArray(new String[0]))
          .command(List.of(ProfiledRun.agentOption(options.toArray(new String[0]))));
    }
    List<String> arguments = new ArrayList<>();
    if (mode == Mode.LINE) {
      arguments.add("-l");
    }
    arguments.addAll(
        List.of(
            "-o", results.toString(), "-cp", LauncherClassPathTest.classPath(), TARGET.mainClass));
    arguments.addAll(programArguments);
    return Jkernprof.command(arguments.toArray(new String[0]));
  }

  /** {@code command} run under the file size limit, or on a full file system, or as it is. */
  private static List<String> wrapped(
      Breakage breakage, Path dir, Path out, String fileName, Path older, List<String> command) {
    List<String> wrapper = new ArrayList<>();
    if (breakage == Breakage.FILE_SIZE_LIMIT) {
      wrapper.addAll(
          List.of("bash", "-c", "ulimit -f " + SIZE_LIMIT_KIB + " && exec \"$@\"", "bash"));
    } else if (breakage == Breakage.DISK_FULL) {
      wrapper.addAll(UnwritableFolders.onAFullFileSystem(out, fileName, older, dir));
    }
    wrapper.addAll(command);
    return wrapper;
  }

  private static ChildJvm.Started start(Runner runner, List<String> command, Path dir) {
    return runner == Runner.LAUNCHER
        ? ChildJvm.start(Jkernprof.builder(dir, command), dir, "run")
        : ChildJvm.start(command, dir, "run");
  }

  private static void breakMidRun(Breakage breakage, Path out) throws IOException {
    if (breakage == Breakage.FOLDER_REMOVED) {
      UnwritableFolders.deleteTree(out);
    } else if (breakage == Breakage.FOLDER_READ_ONLY) {
      UnwritableFolders.makeReadOnly(out);
    }
  }

  /**
   * The JVM to signal: the process started, or the first JVM below it when a wrapper runs the
   * command and waits for it.
   */
  private static ProcessHandle jvmOf(ProcessHandle process) {
    List<ProcessHandle> level = List.of(process);
    while (!level.isEmpty()) {
      for (ProcessHandle p : level) {
        Optional<String> command = p.info().command();
        if (command.isPresent() && command.get().endsWith("/java")) {
          return p;
        }
      }
      level = level.stream().flatMap(ProcessHandle::children).toList();
    }
    throw new AssertionError("no JVM among the processes of " + process.pid());
  }

  private static void awaitOutput(ChildJvm.Started started, String text)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (!started.stdoutSoFar().contains(text)) {
      if (!started.process.isAlive()) {
        throw new AssertionError(
            "the program ended before it said '" + text + "'\n" + started.result().describe());
      }
      assertFalse(
          System.currentTimeMillis() > deadline, "no '" + text + "' in " + WAIT_MILLIS + " ms");
      Thread.sleep(10);
    }
  }
}
