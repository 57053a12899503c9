package org.jkernprof.e2e.targets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small HTTP server for the attach tests, on 127.0.0.1 at a free port, which it prints as {@code
 * listening PORT} once it serves. {@code /greet?n=N} answers {@link Greeter#greet}; {@code /count}
 * the number of greetings served so far; {@code /stop} ends it with exit code 0. It takes no
 * arguments, so that its main class alone names it in a list of JVMs. Should a test forget it, it
 * ends itself after {@code -Dgreeting.lifetimeSeconds} (600) with exit code 3.
 */
public final class GreetingServer {
  private final AtomicLong served = new AtomicLong();
  private final CountDownLatch stop = new CountDownLatch(1);

  private GreetingServer() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    // The server writes an answer's headers and body apart: without TCP_NODELAY the body waits for
    // the client's delayed acknowledgement, some 40 ms, and a client that sends one request at a
    // time gets some 25 answers a second. Read when the server is made, so set first.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    new GreetingServer().serve(Long.getLong("greeting.lifetimeSeconds", 600));
  }

  private void serve(long lifetimeSeconds) throws IOException, InterruptedException {
    // Loads and runs the class before anyone attaches: it is among the classes already loaded.
    Greeter.greet(0);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/greet", this::greet);
    server.createContext("/count", exchange -> answer(exchange, 200, Long.toString(served.get())));
    server.createContext(
        "/stop",
        exchange -> {
          answer(exchange, 200, "stopping");
          stop.countDown();
        });
    server.start();
    System.out.println("listening " + server.getAddress().getPort());
    System.out.flush();
    boolean told = stop.await(lifetimeSeconds, TimeUnit.SECONDS);
    server.stop(0);
    if (!told) {
      System.err.println("greeting server: nobody stopped me in " + lifetimeSeconds + " s");
      System.exit(3);
    }
  }

  private void greet(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    if (query == null || !query.matches("n=-?\\d{1,9}")) {
      answer(exchange, 400, "expected /greet?n=NUMBER, got " + exchange.getRequestURI());
      return;
    }
    String greeting = Greeter.greet(Integer.parseInt(query.substring(2)));
    served.incrementAndGet();
    answer(exchange, 200, greeting);
  }

  private static void answer(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
