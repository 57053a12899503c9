package org.jkernprof.e2e;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.jkernprof.agent.inject.RuntimeInjector;

/**
 * The client of {@link CurrentClassBytesAgent}, and the agent's jar, built from the test classes
 * the first time a test asks for it.
 */
final class CurrentClassBytes {
  private static final int TIMEOUT_MILLIS = 30_000;
  private static Path agentJar;

  private CurrentClassBytes() {}

  /** {@code -javaagent:JAR}, for the command line of a target. */
  static String agentOption() {
    return "-javaagent:" + agentJar();
  }

  /**
   * The bytes the JVM of {@code pid} hands the agents for {@code className} now, read by the agent
   * loaded into it for this read, after every agent loaded before (see {@link
   * CurrentClassBytesAgent}: while jkernprof is attached, with its probes).
   */
  static Snapshot read(long pid, String className) {
    try {
      Path file = Files.createTempFile(BuildPaths.runsDir(), "class-bytes", ".bin");
      Files.delete(file);
      VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
      try {
        vm.loadAgent(agentJar().toString(), className + "|" + file);
      } finally {
        vm.detach();
      }
      Path error = Path.of(file + ".error");
      if (Files.exists(error)) {
        throw new AssertionError("reading " + className + ": " + Files.readString(error));
      }
      byte[] bytes = Files.readAllBytes(file);
      Files.delete(file);
      return new Snapshot(className, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bytes of " + className, e);
    } catch (AttachNotSupportedException | AgentLoadException | AgentInitializationException e) {
      throw new AssertionError("cannot load the class-bytes agent into " + pid + ": " + e, e);
    }
  }

  /**
   * Makes that JVM's agent add a transformer that replaces {@code from} by {@code to} in the class,
   * as another agent would, and retransform the class.
   */
  static void modify(int port, String className, String from, String to) {
    ask(port, "modify " + className + " " + from + " " + to);
  }

  /**
   * Makes that JVM's agent add the transformer of {@link #modify} without retransforming the class:
   * the next retransformation, by any agent, replaces {@code from} by {@code to} too.
   */
  static void addConflictingTransformer(int port, String className, String from, String to) {
    ask(port, "conflict " + className + " " + from + " " + to);
  }

  /** Removes the transformer of {@link #modify} and retransforms the class. */
  static void unmodify(int port, String className) {
    ask(port, "unmodify " + className);
  }

  private static String ask(int port, String request) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.US_ASCII);
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      out.println(request);
      String answer = in.readLine();
      if (answer == null || !answer.startsWith("ok")) {
        throw new AssertionError("the class-bytes agent answered '" + request + "' with " + answer);
      }
      return answer.substring(2).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot ask the class-bytes agent at port " + port, e);
    }
  }

  /** The agent's jar: its classes from the test classes, and a manifest that names its premain. */
  static synchronized Path agentJar() {
    if (agentJar != null) {
      return agentJar;
    }
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Premain-Class", CurrentClassBytesAgent.class.getName());
    main.putValue("Agent-Class", CurrentClassBytesAgent.class.getName());
    main.putValue("Can-Retransform-Classes", "true");
    String folder = CurrentClassBytesAgent.class.getPackageName().replace('.', '/');
    String prefix = CurrentClassBytesAgent.class.getSimpleName();
    Path jar = BuildPaths.runsDir().resolve("current-class-bytes-agent.jar");
    try {
      Files.createDirectories(jar.getParent());
      List<Path> classes;
      try (Stream<Path> files = Files.list(BuildPaths.testClasses().resolve(folder))) {
        classes =
            files
                .filter(f -> f.getFileName().toString().matches(prefix + "(\\$.*)?\\.class"))
                .sorted()
                .toList();
      }
      try (OutputStream file = Files.newOutputStream(jar);
          JarOutputStream out = new JarOutputStream(file, manifest)) {
        for (Path type : classes) {
          out.putNextEntry(new JarEntry(folder + "/" + type.getFileName()));
          out.write(Files.readAllBytes(type));
          out.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the class-bytes agent " + jar, e);
    }
    agentJar = jar;
    return jar;
  }

  /** One class's bytes as a JVM used them at one moment. */
  record Snapshot(String className, byte[] bytes) {
    String sha256() {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    /** Whether the class refers to jkernprof's recorder: it holds the recorder's class names. */
    boolean callsTheRecorder() {
      return contains(RuntimeInjector.TARGET_PREFIX);
    }

    boolean contains(String ascii) {
      byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
      outer:
      for (int at = 0; at + needle.length <= bytes.length; at++) {
        for (int i = 0; i < needle.length; i++) {
          if (bytes[at + i] != needle[i]) {
            continue outer;
          }
        }
        return true;
      }
      return false;
    }

    @Override
    public String toString() {
      return className + " (" + bytes.length + " bytes, SHA-256 " + sha256() + ")";
    }
  }
}
