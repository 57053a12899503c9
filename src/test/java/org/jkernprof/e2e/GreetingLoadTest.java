package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jkernprof.e2e.targets.GreetingServer;
import org.junit.jupiter.api.Test;

/**
 * The attach tests' instruments, checked on a greeting server profiled from its start, as {@code
 * jkernprof -l --include} runs it: the load gets every answer right, and {@link GreeterWindow}'s
 * hits of one call, summed over the load's requests, are the hits the report shows.
 */
class GreetingLoadTest {
  private static final Pattern LISTENING = Pattern.compile("(?m)^listening (\\d+)$");
  private static final long WAIT_MILLIS = 60_000;

  @Test
  void theLoadsRequestsExplainEveryLineOfTheProfile() throws Exception {
    Path folder = Jkernprof.freshFolder("greeting-load");
    GreetingLoad.Requests requests;
    JvmResult result;
    try (ChildJvm.Started command =
        Jkernprof.start(
            folder,
            "-l",
            "--include",
            AttachToServerTest.GREETER_PATTERN,
            "-o",
            "greet.lprof",
            "-cp",
            LauncherClassPathTest.classPath(),
            GreetingServer.class.getName())) {
      int port = awaitPort(command);
      try (GreetingLoad load = GreetingLoad.start(port, 5_000, 2_000)) {
        load.awaitMore(1_000, WAIT_MILLIS);
        requests = load.stop();
      }
      HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stop")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertTrue(command.process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "the server ended");
      result = command.result();
    }
    assertEquals(0, requests.failures(), requests.describeFailures());
    assertEquals(0, result.exitCode, result.describe());
    double seconds = (requests.sentNanos()[requests.count() - 1] - requests.sentNanos()[0]) / 1e9;
    assertTrue(requests.count() <= 2_000 * seconds + 1, requests.count() + " in " + seconds + " s");

    LineReport.Method greet =
        Jkernprof.view(folder, "--source-path", BuildPaths.sourceDir().toString(), "greet.lprof")
            .method("Greeter.greet(int)");
    // The server greets once, n = 0, before it listens.
    int[] ns = IntStream.concat(IntStream.of(0), Arrays.stream(requests.ns())).toArray();
    assertArrayEquals(GreeterWindow.hitsOfCalls(ns), GreeterWindow.hitsOf(greet), greet.toString());
  }

  private static int awaitPort(ChildJvm.Started command) throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (true) {
      Matcher listening = LISTENING.matcher(command.stdoutSoFar());
      if (listening.find()) {
        return Integer.parseInt(listening.group(1));
      }
      if (!command.process.isAlive()) {
        throw new AssertionError("the server ended early\n" + command.result().describe());
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("the server did not listen within " + WAIT_MILLIS + " ms");
      }
      Thread.sleep(20);
    }
  }
}
