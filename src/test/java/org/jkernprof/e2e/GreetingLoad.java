package org.jkernprof.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jkernprof.e2e.targets.Greeter;

/**
 * A bounded load on a greeting server: one client thread sends {@code /greet?n=N} requests, one at
 * a time, at most {@code perSecond} a second and {@code limit} in all, and checks every answer
 * against {@link Greeter#greet} computed here. One request at a time means the server runs {@code
 * greet} for one request after the other, in the order of this load: the calls a profile counted
 * are a run of consecutive requests, which {@link GreeterWindow} checks.
 */
final class GreetingLoad implements AutoCloseable {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  private static final long STOP_MILLIS = 30_000;

  private final int port;
  private final int limit;
  private final int perSecond;
  private final int[] ns;
  private final long[] sentNanos;
  private final long[] receivedNanos;
  private final boolean[] failed;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failures = new AtomicInteger();
  private final List<String> failureSamples = Collections.synchronizedList(new ArrayList<>());
  private final Thread thread;
  private volatile boolean stopping;

  private GreetingLoad(int port, int limit, int perSecond) {
    this.port = port;
    this.limit = limit;
    this.perSecond = perSecond;
    this.ns = new int[limit];
    this.sentNanos = new long[limit];
    this.receivedNanos = new long[limit];
    this.failed = new boolean[limit];
    this.thread = new Thread(this::run, "greeting-load");
    thread.setDaemon(true);
  }

  /** Starts the load on the server at {@code port}. */
  static GreetingLoad start(int port, int limit, int perSecond) {
    GreetingLoad load = new GreetingLoad(port, limit, perSecond);
    load.thread.start();
    return load;
  }

  /** The N of the K-th request: spread over 0..999, without a short period. */
  static int nOf(int k) {
    return Integer.remainderUnsigned(k * 0x9E3779B9, 1000);
  }

  private void run() {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(REQUEST_TIMEOUT)
            .build();
    long start = System.nanoTime();
    for (int k = 0; k < limit && !stopping; k++) {
      // Paced: request K leaves no sooner than K / perSecond seconds after the start.
      long due = start + k * TimeUnit.SECONDS.toNanos(1) / perSecond;
      long early = due - System.nanoTime();
      if (early > 0) {
        LockSupport.parkNanos(early);
      }
      int n = nOf(k);
      ns[k] = n;
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/greet?n=" + n))
              .timeout(REQUEST_TIMEOUT)
              .build();
      sentNanos[k] = System.nanoTime();
      String problem;
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        String expected = Greeter.greet(n);
        problem =
            response.statusCode() != 200 || !response.body().equals(expected)
                ? "status "
                    + response.statusCode()
                    + ", '"
                    + response.body()
                    + "'"
                    + " instead of '"
                    + expected
                    + "'"
                : null;
      } catch (Exception e) {
        problem = e.toString();
      }
      receivedNanos[k] = System.nanoTime();
      if (problem != null) {
        failed[k] = true;
        if (failures.incrementAndGet() <= 5) {
          failureSamples.add("request " + k + " (n=" + n + "): " + problem);
        }
      }
      done.set(k + 1); // publishes this request's record
    }
  }

  /** The requests answered or failed so far. */
  int done() {
    return done.get();
  }

  /** Waits until {@code count} more requests than now were done, failing after {@code millis}. */
  void awaitMore(int count, long millis) throws InterruptedException {
    int target = done() + count;
    long deadline = System.currentTimeMillis() + millis;
    while (done() < target) {
      if (!thread.isAlive()) {
        throw new AssertionError("the load ended at " + done() + " requests, not " + target);
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(
            "the load did " + done() + " requests, not " + target + " in " + millis + " ms");
      }
      Thread.sleep(5);
    }
  }

  /** Stops the load and waits for its thread: every request it did. */
  Requests stop() throws InterruptedException {
    stopping = true;
    thread.join(STOP_MILLIS);
    if (thread.isAlive()) {
      throw new AssertionError("the load's thread did not end within " + STOP_MILLIS + " ms");
    }
    int count = done();
    return new Requests(
        Arrays.copyOf(ns, count),
        Arrays.copyOf(sentNanos, count),
        Arrays.copyOf(receivedNanos, count),
        Arrays.copyOf(failed, count),
        List.copyOf(failureSamples));
  }

  @Override
  public void close() throws InterruptedException {
    if (thread.isAlive()) {
      stop();
    }
  }

  /**
   * What the load did, request by request, in the order sent; times are this JVM's {@link
   * System#nanoTime}.
   */
  record Requests(
      int[] ns, long[] sentNanos, long[] receivedNanos, boolean[] failed, List<String> samples) {
    int count() {
      return ns.length;
    }

    long failures() {
      int count = 0;
      for (boolean f : failed) {
        count += f ? 1 : 0;
      }
      return count;
    }

    /** For assertion messages. */
    String describeFailures() {
      return failures() + " of " + count() + " requests failed, first ones: " + samples;
    }

    /** The requests whose send-to-answer time lies within [from, to]. */
    int within(long fromNanos, long toNanos) {
      int count = 0;
      for (int k = 0; k < count(); k++) {
        count += sentNanos[k] >= fromNanos && receivedNanos[k] <= toNanos ? 1 : 0;
      }
      return count;
    }

    /** The requests whose send-to-answer time meets [from, to] at all. */
    int meeting(long fromNanos, long toNanos) {
      int count = 0;
      for (int k = 0; k < count(); k++) {
        count += receivedNanos[k] >= fromNanos && sentNanos[k] <= toNanos ? 1 : 0;
      }
      return count;
    }
  }
}
