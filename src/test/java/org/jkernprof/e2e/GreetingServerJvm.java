package org.jkernprof.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jkernprof.e2e.targets.Greeter;
import org.jkernprof.e2e.targets.GreetingServer;

/**
 * A {@link GreetingServer} in a JVM of its own, with {@link CurrentClassBytesAgent} loaded and its
 * class redefinitions logged ({@link RedefinitionLog}), for the attach tests. It runs beside {@link
 * ChildJvm}'s cap on JVMs (a test class keeps it through its tests); closing it ends it if a test
 * did not {@link #stop} it.
 */
final class GreetingServerJvm implements AutoCloseable {
  static final String MAIN_CLASS = GreetingServer.class.getName();
  static final String GREETER = Greeter.class.getName();
  private static final long START_MILLIS = 60_000;
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern LISTENING = Pattern.compile("(?m)^listening (\\d+)$");
  private static final Pattern CLASS_BYTES =
      Pattern.compile("(?m)^" + CurrentClassBytesAgent.READY + "(\\d+)$");

  private final ChildJvm.Started jvm;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(REQUEST_TIMEOUT)
          .build();
  final Path javaHome;
  final int port;
  final int classBytesPort;
  final RedefinitionLog redefinitions;

  private GreetingServerJvm(
      ChildJvm.Started jvm,
      Path javaHome,
      int port,
      int classBytesPort,
      RedefinitionLog redefinitions) {
    this.jvm = jvm;
    this.javaHome = javaHome;
    this.port = port;
    this.classBytesPort = classBytesPort;
    this.redefinitions = redefinitions;
  }

  /**
   * Starts a server on the JDK at {@code javaHome} with {@code jvmOptions}, its output in {@code
   * dir}, and waits until it listens.
   */
  static GreetingServerJvm start(Path javaHome, Path dir, String... jvmOptions) {
    Target target = Target.compiledByMaven(GreetingServer.class);
    target = new Target(target.mainClass, target.source, target.classpath, javaHome, List.of());
    List<String> options = new ArrayList<>(List.of(jvmOptions));
    options.add(CurrentClassBytes.agentOption());
    RedefinitionLog redefinitions = new RedefinitionLog(dir.resolve("redefinitions.log"));
    options.add(redefinitions.jvmOption());
    ProcessBuilder builder = Jkernprof.builder(dir, target.command(options));
    ChildJvm.Started jvm = ChildJvm.startBesideTheCap(builder, dir, "greeting-server");
    try {
      long deadline = System.currentTimeMillis() + START_MILLIS;
      while (true) {
        String out = jvm.stdoutSoFar();
        Matcher listening = LISTENING.matcher(out);
        Matcher classBytes = CLASS_BYTES.matcher(out);
        if (listening.find() && classBytes.find()) {
          return new GreetingServerJvm(
              jvm,
              javaHome,
              Integer.parseInt(listening.group(1)),
              Integer.parseInt(classBytes.group(1)),
              redefinitions);
        }
        if (!jvm.process.isAlive()) {
          throw new AssertionError("the greeting server ended early\n" + jvm.result().describe());
        }
        if (System.currentTimeMillis() > deadline) {
          throw new AssertionError(
              "the greeting server did not listen within " + START_MILLIS + " ms\n" + out);
        }
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      closeQuietly(jvm, e);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the greeting server started", e);
    } catch (RuntimeException | Error e) {
      closeQuietly(jvm, e);
      throw e;
    }
  }

  long pid() {
    return jvm.process.pid();
  }

  boolean isAlive() {
    return jvm.process.isAlive();
  }

  String stderrSoFar() {
    return jvm.stderrSoFar();
  }

  /** Its answer to {@code /greet?n=N}. */
  String greet(int n) {
    return get("/greet?n=" + n);
  }

  /** The greetings it served so far. */
  long served() {
    return Long.parseLong(get("/count"));
  }

  /** The bytes it hands the agents for {@link Greeter} now (see {@link CurrentClassBytes#read}). */
  CurrentClassBytes.Snapshot greeterBytes() {
    return CurrentClassBytes.read(pid(), GREETER);
  }

  /** Asks the server to stop and waits for its end: what it did. */
  JvmResult stop() throws InterruptedException {
    if (jvm.process.isAlive()) {
      get("/stop");
    }
    if (!jvm.process.waitFor(START_MILLIS, TimeUnit.MILLISECONDS)) {
      throw new AssertionError(
          "the greeting server did not end within "
              + START_MILLIS
              + " ms of /stop (a thread left behind?)\n"
              + jvm.stderrSoFar());
    }
    return jvm.result();
  }

  private String get(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(REQUEST_TIMEOUT)
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError(path + " answered " + response.statusCode() + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new AssertionError("the greeting server did not answer " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking " + path, e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    jvm.close();
  }

  private static void closeQuietly(ChildJvm.Started jvm, Throwable cause) {
    try {
      jvm.close();
    } catch (InterruptedException e) {
      cause.addSuppressed(e);
      Thread.currentThread().interrupt();
    }
  }
}
