package org.jkernprof.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times how long headless Chromium takes to open a page from disk and show it: from the start of
 * the navigation to the second animation frame after the load event (the page drawn once), read by
 * the page's own {@code performance.now()}. Chromium is driven over the DevTools protocol with the
 * JDK's WebSocket client; it is Debian's {@code /usr/bin/chromium}. A page that logs an error or
 * throws fails the measurement.
 */
final class PageOpening implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Pattern PAGE = Pattern.compile("\"type\"\\s*:\\s*\"page\"");
  private static final Pattern SOCKET =
      Pattern.compile("\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.eE+-]+)");

  private final Process chromium;
  private final Path profile;
  private final WebSocket socket;
  private final LinkedBlockingQueue<String> messages;
  private int nextId = 1;

  private PageOpening(
      Process chromium, Path profile, WebSocket socket, LinkedBlockingQueue<String> messages) {
    this.chromium = chromium;
    this.profile = profile;
    this.socket = socket;
    this.messages = messages;
  }

  /** Starts Chromium with a window of 1400 by 900 pixels and connects to its page. */
  static PageOpening start() throws IOException, InterruptedException {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          "no " + CHROMIUM + ": apt-get install chromium (Debian's package) to time the pages");
    }
    Path profile = Files.createTempDirectory("jkernprof-chromium");
    Process chromium =
        new ProcessBuilder(
                CHROMIUM.toString(),
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                "--window-size=1400,900",
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    int port = port(profile.resolve("DevToolsActivePort"), chromium);
    HttpClient http = HttpClient.newHttpClient();
    String list =
        http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String url = pageSocket(list);
    if (url == null) {
      chromium.destroyForcibly();
      throw new IllegalStateException("Chromium lists no page: " + list);
    }
    LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
    WebSocket socket;
    try {
      socket =
          http.newWebSocketBuilder()
              .buildAsync(URI.create(url), new MessageQueue(messages))
              .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      chromium.destroyForcibly();
      throw new IllegalStateException("cannot connect to Chromium: " + e, e);
    }
    PageOpening opening = new PageOpening(chromium, profile, socket, messages);
    opening.call("Page.enable", "{}");
    opening.call("Runtime.enable", "{}");
    return opening;
  }

  /**
   * Opens {@code page} and returns the milliseconds from the navigation's start until the page was
   * drawn.
   *
   * @throws IllegalStateException if the page logged an error or threw
   */
  double open(Path page) throws InterruptedException {
    messages.clear();
    call("Page.navigate", "{\"url\":\"" + page.toUri() + "\"}");
    awaitEvent("Page.loadEventFired");
    String result =
        call(
            "Runtime.evaluate",
            "{\"expression\":\"new Promise(r => requestAnimationFrame(() =>"
                + " requestAnimationFrame(() => r(performance.now()))))\","
                + "\"awaitPromise\":true,\"returnByValue\":true}");
    for (String message : messages) {
      if (message.contains("\"Runtime.exceptionThrown\"")
          || (message.contains("\"Runtime.consoleAPICalled\"")
              && message.contains("\"type\":\"error\""))) {
        throw new IllegalStateException("the page " + page + " failed: " + message);
      }
    }
    Matcher value = VALUE.matcher(result);
    if (!value.find()) {
      throw new IllegalStateException("no time from the page: " + result);
    }
    return Double.parseDouble(value.group(1));
  }

  /** Sends a command and returns its response. */
  private String call(String method, String params) throws InterruptedException {
    int id = nextId++;
    socket
        .sendText(
            String.format(
                Locale.ROOT, "{\"id\":%d,\"method\":\"%s\",\"params\":%s}", id, method, params),
            true)
        .join();
    String prefix = "{\"id\":" + id + ",";
    return awaitMessage(m -> m.startsWith(prefix), method);
  }

  private void awaitEvent(String event) throws InterruptedException {
    awaitMessage(m -> m.contains("\"method\":\"" + event + "\""), event);
  }

  private String awaitMessage(java.util.function.Predicate<String> wanted, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    List<String> seen = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      String message = messages.poll(100, TimeUnit.MILLISECONDS);
      if (message == null) {
        continue;
      }
      seen.add(message);
      if (wanted.test(message)) {
        // Keep the events for the error check of open().
        messages.addAll(seen);
        return message;
      }
    }
    throw new IllegalStateException("Chromium did not answer " + what + " in " + PATIENCE);
  }

  @Override
  public void close() throws IOException {
    socket.abort();
    chromium.destroy();
    try {
      chromium.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    chromium.destroyForcibly();
    BenchmarkMain.deleteTree(profile);
  }

  /** The WebSocket address of the first page target in DevTools' list; null if none. */
  private static String pageSocket(String list) {
    // One object per target, with no braces inside: the members' order is not fixed.
    for (String target : list.split("}")) {
      Matcher socket = SOCKET.matcher(target);
      if (PAGE.matcher(target).find() && socket.find()) {
        return socket.group(1);
      }
    }
    return null;
  }

  private static int port(Path activePort, Process chromium)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(activePort)) {
        List<String> lines = Files.readAllLines(activePort);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return Integer.parseInt(lines.get(0).trim());
        }
      }
      if (!chromium.isAlive()) {
        throw new IllegalStateException("Chromium exited with " + chromium.exitValue());
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("Chromium did not open its DevTools port");
  }

  /** Collects text messages, which may arrive in parts, and queues each whole one. */
  private static final class MessageQueue implements WebSocket.Listener {
    private final LinkedBlockingQueue<String> messages;
    private final StringBuilder partial = new StringBuilder();

    MessageQueue(LinkedBlockingQueue<String> messages) {
      this.messages = messages;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        messages.add(partial.toString());
        partial.setLength(0);
      }
      webSocket.request(1);
      return CompletableFuture.completedFuture(null);
    }
  }
}
