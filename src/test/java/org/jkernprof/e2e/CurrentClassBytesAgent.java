package org.jkernprof.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A test-only Java agent that says which bytes a JVM hands the agents for a class, and can change a
 * class as another agent would.
 *
 * <p>Reading: the test loads it into the running JVM through the Attach API ({@link #agentmain},
 * options {@code CLASS|FILE}) for every read. It adds a retransform-capable transformer and
 * retransforms the class: the JVM hands a class to the agents in the order they were loaded, so
 * this agent, loaded last, is handed the bytes after every other agent's transformers (jkernprof's
 * probes while it is attached). It writes them to FILE and removes its transformer. What it reads
 * is what a retransformation makes of the class, not the code the JVM runs between two: a read once
 * jkernprof detached retransforms the class without jkernprof's transformer, so it cannot tell
 * whether jkernprof's own detach restored it ({@link RedefinitionLog} tells that).
 *
 * <p>Changing: loaded with {@code -javaagent} into the targets of the attach tests, it serves on
 * 127.0.0.1 at the port it prints as {@code class-bytes PORT} before the program's main runs: one
 * line in, one line out, per connection ({@link CurrentClassBytes} is the client).
 *
 * <ul>
 *   <li>{@code modify CLASS FROM TO}: adds a transformer that replaces the ASCII text FROM by TO
 *       (of the same length) in the class, as another agent would change it, retransforms it;
 *       {@code ok}
 *   <li>{@code unmodify CLASS}: removes that transformer and retransforms the class; {@code ok}
 *   <li>{@code conflict CLASS FROM TO}: adds the same transformer without retransforming: the next
 *       retransformation of the class, by any agent, gets the change too (renaming a field makes it
 *       fail, as a conflicting agent would); {@code unmodify} removes it; {@code ok}
 * </ul>
 *
 * Errors are {@code error MESSAGE}. It uses the JDK alone: its jar holds nothing else.
 */
public final class CurrentClassBytesAgent {
  static final String READY = "class-bytes ";

  private static final Map<String, ClassFileTransformer> MODIFIERS = new ConcurrentHashMap<>();

  private CurrentClassBytesAgent() {}

  public static void premain(String options, Instrumentation inst) throws IOException {
    ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread thread = new Thread(() -> serve(socket, inst), "current-class-bytes");
    // A daemon: the program still ends when its own threads do.
    thread.setDaemon(true);
    thread.start();
    System.out.println(READY + socket.getLocalPort());
    System.out.flush();
  }

  /** Writes the bytes the JVM hands the agents for CLASS to FILE, options {@code CLASS|FILE}. */
  public static void agentmain(String options, Instrumentation inst) throws IOException {
    String[] parts = options.split("\\|", 2);
    try {
      Files.write(Path.of(parts[1]), currentBytes(inst, loaded(inst, parts[0])));
    } catch (Exception | LinkageError e) {
      Files.writeString(Path.of(parts[1] + ".error"), e.toString());
    }
  }

  private static void serve(ServerSocket socket, Instrumentation inst) {
    while (true) {
      try (Socket client = socket.accept();
          BufferedReader in =
              new BufferedReader(
                  new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
          PrintWriter out =
              new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
        String request = in.readLine();
        String answer;
        try {
          answer = answer(request == null ? "" : request, inst);
        } catch (Exception | LinkageError e) {
          answer = "error " + e.toString().replace('\n', ' ');
        }
        out.println(answer);
      } catch (IOException e) {
        System.err.println("current-class-bytes: " + e);
      }
    }
  }

  private static String answer(String request, Instrumentation inst) throws Exception {
    String[] words = request.split(" ");
    boolean conflict = words[0].equals("conflict");
    if (words.length == 4 && (words[0].equals("modify") || conflict)) {
      Class<?> type = loaded(inst, words[1]);
      ClassFileTransformer modifier = new TextReplacer(type, ascii(words[2]), ascii(words[3]));
      if (MODIFIERS.putIfAbsent(words[1], modifier) != null) {
        return "error " + words[1] + " is modified already";
      }
      inst.addTransformer(modifier, true);
      if (!conflict) {
        inst.retransformClasses(type);
      }
      return "ok";
    }
    if (words.length == 2 && words[0].equals("unmodify")) {
      ClassFileTransformer modifier = MODIFIERS.remove(words[1]);
      if (modifier == null) {
        return "error " + words[1] + " is not modified";
      }
      inst.removeTransformer(modifier);
      inst.retransformClasses(loaded(inst, words[1]));
      return "ok";
    }
    return "error unknown request '" + request + "'";
  }

  private static byte[] currentBytes(Instrumentation inst, Class<?> type) throws Exception {
    AtomicReference<byte[]> seen = new AtomicReference<>();
    ClassFileTransformer capture =
        new ClassFileTransformer() {
          @Override
          public byte[] transform(
              ClassLoader loader,
              String name,
              Class<?> redefined,
              ProtectionDomain domain,
              byte[] buffer) {
            if (redefined == type) {
              seen.set(buffer.clone());
            }
            return null; // unchanged
          }
        };
    inst.addTransformer(capture, true);
    try {
      inst.retransformClasses(type);
    } finally {
      inst.removeTransformer(capture);
    }
    byte[] bytes = seen.get();
    if (bytes == null) {
      throw new IllegalStateException("retransforming " + type.getName() + " showed no bytes");
    }
    return bytes;
  }

  private static Class<?> loaded(Instrumentation inst, String name) {
    for (Class<?> type : inst.getAllLoadedClasses()) {
      if (type.getName().equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException(name + " is not loaded");
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** Replaces every FROM by TO in one class's bytes: a change that keeps the class valid. */
  private static final class TextReplacer implements ClassFileTransformer {
    private final Class<?> type;
    private final byte[] from;
    private final byte[] to;

    TextReplacer(Class<?> type, byte[] from, byte[] to) {
      if (from.length != to.length || from.length == 0) {
        throw new IllegalArgumentException("FROM and TO must be of one length, not empty");
      }
      this.type = type;
      this.from = from;
      this.to = to;
    }

    @Override
    public byte[] transform(
        ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain, byte[] in) {
      if (redefined != type) {
        return null;
      }
      byte[] out = in.clone();
      boolean changed = false;
      for (int at = 0; at + from.length <= out.length; at++) {
        if (matchesAt(out, at)) {
          System.arraycopy(to, 0, out, at, to.length);
          changed = true;
        }
      }
      return changed ? out : null;
    }

    private boolean matchesAt(byte[] bytes, int at) {
      for (int i = 0; i < from.length; i++) {
        if (bytes[at + i] != from[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
