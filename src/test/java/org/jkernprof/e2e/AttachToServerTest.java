package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jkernprof.e2e.targets.Greeter;
import org.jkernprof.testsupport.Jdk25;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code jkernprof attach PID} against a real HTTP server under load: the greetings a session
 * counted are those of its own window, the class carries jkernprof's probes while attached and runs
 * its own code again after the detach (as HotSpot's redefinition log says: {@link
 * RedefinitionLog}), and no answer changes during or after, whether the command ended, failed or
 * was killed. One server serves the tests that must leave it as it was (they run in order, the
 * failures last); those that end or refuse a server get one of their own.
 *
 * <p>Isolated: the load's windows are timed, and the servers run beside ChildJvm's cap.
 */
@Isolated("times a server under load; its servers run beside ChildJvm's cap")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttachToServerTest {
  static final String GREETER_PATTERN = Greeter.class.getName() + "#*";
  private static final String MAIN = GreetingServerJvm.MAIN_CLASS;
  private static final int LOAD_LIMIT = 60_000;
  private static final int LOAD_PER_SECOND = 2_000;

  /** The requests answered before a command starts, and after it ended, in each session. */
  private static final int REQUESTS_AROUND = 200;

  private static final long WAIT_MILLIS = 30_000;

  /** How soon the agent must notice that the command was killed: about 1 s, with room. */
  private static final long WATCHDOG_MILLIS = 5_000;

  private static final String USAGE_HINT = "Try 'jkernprof attach --help' for more information.";

  private GreetingServerJvm server;
  private CurrentClassBytes.Snapshot loaded;
  private int sessions;

  @BeforeAll
  void startTheServer() {
    server =
        GreetingServerJvm.start(
            BuildPaths.currentJavaHome(), Jkernprof.freshFolder("attach/server"), "-Xverify:all");
    loaded = server.greeterBytes();
    assertFalse(loaded.callsTheRecorder(), loaded.toString());
  }

  @AfterAll
  void stopTheServer() throws InterruptedException {
    if (server != null) {
      try {
        assertEndsCleanly(server);
      } finally {
        server.close();
      }
    }
  }

  @Test
  @Order(1)
  void aSessionCountsTheGreetingsOfItsWindowAndRestoresTheClass() throws Exception {
    recordSession(server, BuildPaths.currentJavaHome(), "attach/first", 3);
  }

  @Test
  @Order(2)
  void aSecondSessionCountsFromZero() throws Exception {
    if (sessions == 0) {
      recordSession(server, BuildPaths.currentJavaHome(), "attach/before-second", 1);
    }
    // GreeterWindow bounds the calls by the requests that met this command's lifetime: the
    // thousands of the earlier session would not fit.
    recordSession(server, BuildPaths.currentJavaHome(), "attach/second", 2);
  }

  @Test
  @Order(3)
  void theListAndPsShowTheServer() {
    Path folder = Jkernprof.freshFolder("attach/list");
    for (List<String> args : List.of(List.of("attach", "--list"), List.of("ps"))) {
      JvmResult result = Jkernprof.run(folder, args.toArray(String[]::new));
      assertEquals(0, result.exitCode, result.describe());
      assertEquals("", result.stderr, result.describe());
      assertTrue(
          result.stdoutLines().contains(server.pid() + " " + MAIN),
          "'" + server.pid() + " " + MAIN + "' in\n" + result.describe());
    }
  }

  /** The command on JDK 25 (the launcher with JAVA_HOME there) attaches to a server on JDK 17. */
  @Test
  @Order(4)
  void theCommandOnJdk25AttachesToAServerOnJdk17() throws Exception {
    Path jdk25 = Jdk25.require();
    recordSession(server, jdk25, "attach/command-on-jdk25", 2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--include=com.acme.Report#", "--timer=bogus"})
  @Order(5)
  void aBadOptionIsOneLineAndTheServerServesOn(String option) throws Exception {
    Path folder = Jkernprof.freshFolder("attach/bad-option-" + option.replaceAll("\\W", "_"));
    JvmResult result =
        Jkernprof.run(
            folder,
            "attach",
            Long.toString(server.pid()),
            "-l",
            "--include",
            GREETER_PATTERN,
            option,
            "--duration",
            "1",
            "-o",
            "x.lprof");
    assertEquals(2, result.exitCode, result.describe());
    assertEquals("", result.stdout, result.describe());
    List<String> lines = nonBlank(result.stderrLines());
    // A usage error adds the hint to --help, as every command does.
    if (lines.size() == 2) {
      assertEquals(USAGE_HINT, lines.get(1), result.describe());
    }
    assertTrue(lines.size() == 1 || lines.size() == 2, result.describe());
    assertTrue(lines.get(0).startsWith("jkernprof: "), result.describe());
    String bad = option.substring(option.indexOf('=') + 1);
    assertTrue(lines.get(0).contains(bad), "names '" + bad + "'\n" + result.describe());
    assertFalse(result.stderr.contains("Exception"), result.describe());
    assertFalse(Files.exists(folder.resolve("x.lprof")), "a results file");
    assertAnswersAsLoaded(server);
  }

  @Test
  @Order(6)
  void anUnwritableResultsFileIsOneLineAndTheClassIsRestored() throws Exception {
    Path folder = Jkernprof.freshFolder("attach/unwritable");
    String results = "/nonexistent/x.lprof";
    JvmResult result = attachUnderLoad(folder, GREETER_PATTERN, results);
    assertEquals(2, result.exitCode, result.describe());
    assertEquals("", result.stdout, result.describe());
    // Whether the command finds out before it attaches or when the agent writes, one line says so;
    // the progress lines of a session that did attach may stand around it.
    List<String> errors =
        nonBlank(result.stderrLines()).stream()
            .filter(l -> !AttachCommand.PROGRESS_LINE.matcher(l).matches())
            .toList();
    assertEquals(1, errors.size(), result.describe());
    assertTrue(errors.get(0).startsWith("jkernprof: "), result.describe());
    assertTrue(errors.get(0).contains(results), result.describe());
    assertFalse(result.stderr.contains("Exception"), result.describe());
    assertAnswersAsLoaded(server);
  }

  /**
   * Another agent's transformer renames a field of GreetingServer whenever the class is
   * retransformed, so the JVM refuses jkernprof's retransformation of it (a changed schema): that
   * class is skipped with one warning, printed by the command (not on the server's standard error),
   * neither counted as rewritten nor restored; the other one is profiled, and the server serves on
   * unchanged.
   */
  @Test
  @Order(7)
  void aClassThatCannotBeRewrittenIsSkippedWithOneWarning() throws Exception {
    Path folder = Jkernprof.freshFolder("attach/cannot-rewrite");
    String stderrBefore = server.stderrSoFar();
    CurrentClassBytes.addConflictingTransformer(server.classBytesPort, MAIN, "served", "servex");
    JvmResult result;
    try {
      result = attachUnderLoad(folder, "org.jkernprof.e2e.targets.Greet*", "skipped.lprof");
    } finally {
      CurrentClassBytes.unmodify(server.classBytesPort, MAIN);
    }
    assertEquals(0, result.exitCode, result.describe());
    List<String> stderr = nonBlank(result.stderrLines());
    assertEquals(3, stderr.size(), result.describe());
    assertTrue(
        stderr.get(0).startsWith("jkernprof: cannot retransform class " + MAIN + ", skipped: "),
        result.describe());
    assertTrue(attachedLine(server, 1).matcher(stderr.get(1)).matches(), result.describe());
    assertTrue(
        AttachCommand.detachedLine(server.pid(), 1).matcher(stderr.get(2)).matches(),
        result.describe());
    assertEquals(stderrBefore, server.stderrSoFar(), "the server's standard error gained nothing");
    assertTrue(GreeterWindow.hitsOf(greetOf(folder, folder.resolve("skipped.lprof")))[0] > 0);
    assertAnswersAsLoaded(server);
    assertRunsItsOwnCode(server);
  }

  @Test
  void aKilledCommandLeavesTheAgentToWriteAndRestore() throws Exception {
    Path folder = Jkernprof.freshFolder("attach/killed");
    Path results = folder.resolve("killed.lprof");
    try (GreetingServerJvm fresh =
        GreetingServerJvm.start(BuildPaths.currentJavaHome(), folder.resolve("server"))) {
      GreetingLoad.Requests requests;
      String line;
      long noticedMillis;
      try (GreetingLoad load = GreetingLoad.start(fresh.port, LOAD_LIMIT, LOAD_PER_SECOND)) {
        load.awaitMore(REQUESTS_AROUND, WAIT_MILLIS);
        long commandPid;
        try (AttachCommand command =
            AttachCommand.start(
                BuildPaths.currentJavaHome(),
                folder,
                "attach",
                Long.toString(fresh.pid()),
                "-l",
                "--include",
                GREETER_PATTERN,
                "--duration",
                "60",
                "-o",
                results.toString())) {
          command.awaitLine(attachedLine(fresh, 60), WAIT_MILLIS);
          assertTrue(fresh.greeterBytes().callsTheRecorder(), "probes in while attached");
          load.awaitMore(REQUESTS_AROUND, WAIT_MILLIS);
          // The launcher exec'd the command's JVM: the process is that JVM, not a shell.
          String running = command.processCommand().orElse("?");
          assertTrue(running.endsWith("/java"), "the command's process runs " + running);
          commandPid = command.pid();
          command.started.process.destroyForcibly(); // SIGKILL: no hook runs
          assertTrue(command.started.process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "killed");
        }
        long killed = System.nanoTime();
        Pattern gone =
            Pattern.compile(
                "jkernprof: the attach command \\(pid "
                    + commandPid
                    + "\\) is gone: results written to "
                    + Pattern.quote(results.toString())
                    + ", 1 class(es)? restored");
        line = awaitServerLine(fresh, gone, WATCHDOG_MILLIS);
        noticedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
        load.awaitMore(REQUESTS_AROUND, WAIT_MILLIS);
        requests = load.stop();
      }
      assertEquals(0, requests.failures(), requests.describeFailures());
      assertTrue(noticedMillis <= WATCHDOG_MILLIS, line + " after " + noticedMillis + " ms");
      LineReport.Method greet = greetOf(folder, results);
      assertTrue(GreeterWindow.hitsOf(greet)[0] > 0, greet.toString());
      assertAnswersAsLoaded(fresh);
      assertEndsCleanly(fresh);
    }
  }

  @Test
  void aServerThatRefusesAttachIsOneLine() throws Exception {
    Path folder = Jkernprof.freshFolder("attach/refused");
    try (GreetingServerJvm refusing =
        GreetingServerJvm.start(
            BuildPaths.currentJavaHome(),
            folder.resolve("server"),
            "-XX:+DisableAttachMechanism")) {
      JvmResult result =
          Jkernprof.run(
              folder,
              "attach",
              Long.toString(refusing.pid()),
              "-l",
              "--include",
              GREETER_PATTERN,
              "--duration",
              "1",
              "-o",
              "x.lprof");
      assertEquals(2, result.exitCode, result.describe());
      assertEquals("", result.stdout, result.describe());
      assertEquals(
          List.of(
              "jkernprof: cannot attach to "
                  + refusing.pid()
                  + ": it does not accept attach (was it started with"
                  + " -XX:+DisableAttachMechanism?)"),
          nonBlank(result.stderrLines()),
          result.describe());
      assertAnswersAsLoaded(refusing);
      assertEndsCleanly(refusing);
    }
  }

  @Test
  void aPidOfNoJvmIsOneLine() throws Exception {
    // A process that has ended: its pid names nothing now.
    Process ended = new ProcessBuilder("true").start();
    assertTrue(ended.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "true ended");
    long pid = ended.pid();
    JvmResult result =
        Jkernprof.run(Jkernprof.freshFolder("attach/no-jvm"), "attach", Long.toString(pid), "-l");
    assertEquals(2, result.exitCode, result.describe());
    assertEquals(
        List.of("jkernprof: no JVM with pid " + pid + " (jkernprof attach --list shows them)"),
        nonBlank(result.stderrLines()),
        result.describe());
  }

  /** The command on JDK 17 attaches to a server on JDK 25. */
  @Test
  void theCommandOnJdk17AttachesToAServerOnJdk25() throws Exception {
    Path jdk25 = Jdk25.require();
    Path folder = Jkernprof.freshFolder("attach/server-on-jdk25");
    try (GreetingServerJvm onJdk25 =
        GreetingServerJvm.start(jdk25, folder.resolve("server"), "-Xverify:all")) {
      recordSession(onJdk25, BuildPaths.currentJavaHome(), "attach/server-on-jdk25/session", 2);
      assertEndsCleanly(onJdk25);
    }
  }

  /**
   * One session of {@code attach -l --include Greeter#* --duration SECONDS} under load, checked
   * whole: the command's output, the class's bytes before and during, every answer, and the hits
   * against the window.
   */
  private void recordSession(
      GreetingServerJvm target, Path commandJavaHome, String name, long seconds) throws Exception {
    Path folder = Jkernprof.freshFolder(name);
    CurrentClassBytes.Snapshot before = target.greeterBytes();
    long servedBefore = target.served();
    GreetingLoad.Requests requests;
    JvmResult result;
    CurrentClassBytes.Snapshot during;
    long startNanos;
    long attachedSeen;
    long duringRead;
    long detachedSeen;
    String commandRan;
    try (GreetingLoad load = GreetingLoad.start(target.port, LOAD_LIMIT, LOAD_PER_SECOND)) {
      load.awaitMore(REQUESTS_AROUND, WAIT_MILLIS);
      try (AttachCommand command =
          AttachCommand.start(
              commandJavaHome,
              folder,
              "attach",
              Long.toString(target.pid()),
              "-l",
              "--include",
              GREETER_PATTERN,
              "--duration",
              Long.toString(seconds),
              "-o",
              "greet.lprof")) {
        startNanos = command.startNanos;
        attachedSeen = command.awaitLine(attachedLine(target, seconds), WAIT_MILLIS);
        commandRan = command.processCommand().orElse("?");
        during = target.greeterBytes();
        duringRead = System.nanoTime();
        result = command.awaitEnd(WAIT_MILLIS + TimeUnit.SECONDS.toMillis(seconds));
        detachedSeen =
            command
                .seen(AttachCommand.detachedLine(target.pid(), 1))
                .orElseThrow(() -> new AssertionError("no detach line\n" + result.describe()));
      }
      load.awaitMore(REQUESTS_AROUND, WAIT_MILLIS);
      requests = load.stop();
    }
    sessions++;

    assertEquals(0, requests.failures(), requests.describeFailures());
    assertEquals(
        requests.count(), target.served() - servedBefore, "greetings served, as the load counted");
    assertEquals(0, result.exitCode, result.describe());
    assertEquals(
        "greet.lprof",
        ProfileCommandOutput.of(result).resultsFile(),
        "the results line\n" + result.describe());
    List<String> stderr = nonBlank(result.stderrLines());
    assertEquals(2, stderr.size(), result.describe());
    assertTrue(attachedLine(target, seconds).matcher(stderr.get(0)).matches(), result.describe());
    assertTrue(
        AttachCommand.detachedLine(target.pid(), 1).matcher(stderr.get(1)).matches(),
        result.describe());
    assertTrue(
        commandRan.startsWith(commandJavaHome.toString()),
        "the command ran on " + commandRan + ", not in " + commandJavaHome);

    assertTrue(duringRead < detachedSeen, "the bytes were read after the session ended");
    assertNotEquals(before.sha256(), during.sha256(), "while attached: " + during);
    assertTrue(during.callsTheRecorder(), "while attached: " + during);
    assertRunsItsOwnCode(target);

    GreeterWindow.check(
        greetOf(folder, folder.resolve("greet.lprof")),
        requests,
        startNanos,
        attachedSeen,
        detachedSeen,
        seconds);
  }

  /**
   * {@code jkernprof attach PID -l --include INCLUDE --duration 1 -o RESULTS} while the load runs,
   * from before it starts to after it ended: no request failed. What the command did.
   */
  private JvmResult attachUnderLoad(Path folder, String include, String results) throws Exception {
    try (GreetingLoad load = GreetingLoad.start(server.port, LOAD_LIMIT, LOAD_PER_SECOND)) {
      load.awaitMore(REQUESTS_AROUND, WAIT_MILLIS);
      JvmResult result =
          Jkernprof.run(
              folder,
              "attach",
              Long.toString(server.pid()),
              "-l",
              "--include",
              include,
              "--duration",
              "1",
              "-o",
              results);
      load.awaitMore(REQUESTS_AROUND, WAIT_MILLIS);
      GreetingLoad.Requests requests = load.stop();
      assertEquals(0, requests.failures(), requests.describeFailures());
      return result;
    }
  }

  /**
   * After the detach, the class runs its original code: retransformed once more (by a read, with no
   * transformer of jkernprof's left, so with its original bytes), HotSpot finds every method equal
   * to the one it was running, modulo constant pool indexes. A detach that left the probes would
   * have them marked obsolete here.
   */
  private static void assertRunsItsOwnCode(GreetingServerJvm target) throws InterruptedException {
    RedefinitionLog.Redefinition again =
        target.redefinitions.compareWithOriginal(
            target.pid(), GreetingServerJvm.GREETER, WAIT_MILLIS);
    assertEquals(List.of(), again.changed(), "methods that were not the original's: " + again);
    assertEquals(0, again.changedMethods(), again.toString());
    // Greeter's two methods: its constructor and greet.
    assertEquals(2, again.equalMethods(), again.toString());
  }

  private static Pattern attachedLine(GreetingServerJvm target, long seconds) {
    return AttachCommand.attachedLine(target.pid(), MAIN, 1, seconds);
  }

  private static LineReport.Method greetOf(Path folder, Path results) {
    return Jkernprof.view(
            folder, "--source-path", BuildPaths.sourceDir().toString(), results.toString())
        .method("Greeter.greet(int)");
  }

  /** The server answers as {@link Greeter} does. */
  private static void assertAnswersAsLoaded(GreetingServerJvm target) {
    for (int n : new int[] {0, 7, 12, 999}) {
      assertEquals(Greeter.greet(n), target.greet(n), "the answer for n=" + n);
    }
  }

  /**
   * Stops the server: it ends with exit code 0 (no thread of the agent keeps it), and no exception
   * reached any of its threads (no stack trace; the agent's one-line warnings may name one, and JDK
   * 21 and later warn that an agent was loaded into a running JVM).
   */
  private static void assertEndsCleanly(GreetingServerJvm target) throws InterruptedException {
    JvmResult ended = target.stop();
    assertEquals(0, ended.exitCode, ended.describe());
    for (String line : ended.stderrLines()) {
      assertFalse(line.startsWith("\tat ") || line.startsWith("Exception"), ended.describe());
      assertTrue(
          line.isBlank() || line.startsWith("jkernprof: ") || line.startsWith("WARNING: "),
          ended.describe());
    }
  }

  private static String awaitServerLine(GreetingServerJvm target, Pattern line, long millis)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (true) {
      for (String l : target.stderrSoFar().split("\n")) {
        if (line.matcher(l).matches()) {
          return l;
        }
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(
            "the server's standard error has no line '"
                + line
                + "' within "
                + millis
                + " ms of the kill:\n"
                + target.stderrSoFar());
      }
      Thread.sleep(10);
    }
  }

  private static List<String> nonBlank(List<String> lines) {
    return lines.stream().filter(l -> !l.isBlank()).toList();
  }
}
