package org.jkernprof.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A running {@code jkernprof attach ...}, with the moment each line of its standard error was first
 * seen here: a thread reads the file every few milliseconds, so a line is seen within about that
 * long of its printing.
 */
final class AttachCommand implements AutoCloseable {
  /** {@code jkernprof: attached to PID (MAIN): N classes rewritten; recording for S s}. */
  static Pattern attachedLine(long pid, String mainClass, int classes, long seconds) {
    return Pattern.compile(
        "jkernprof: attached to "
            + pid
            + " \\("
            + Pattern.quote(mainClass)
            + "\\): "
            + classes
            + " class(es)? rewritten; recording for "
            + seconds
            + " s");
  }

  /** {@code jkernprof: detached from PID: N classes restored}. */
  static Pattern detachedLine(long pid, int classes) {
    return Pattern.compile(
        "jkernprof: detached from " + pid + ": " + classes + " class(es)? restored");
  }

  /** Any line of the command's progress: attached or detached. */
  static final Pattern PROGRESS_LINE =
      Pattern.compile("jkernprof: (attached to \\d+ \\(|detached from \\d+: ).*");

  private static final long POLL_MILLIS = 2;

  final long startNanos;
  final ChildJvm.Started started;
  private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
  private final Thread reader;
  private volatile boolean closing;

  private AttachCommand(long startNanos, ChildJvm.Started started) {
    this.startNanos = startNanos;
    this.started = started;
    this.reader = new Thread(this::readStderr, "attach-command-stderr");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code jkernprof ARGS} through the launcher, the command on the JDK at javaHome. */
  static AttachCommand start(Path javaHome, Path folder, String... args) {
    long startNanos = System.nanoTime();
    return new AttachCommand(startNanos, Jkernprof.start(javaHome, folder, args));
  }

  long pid() {
    return started.process.pid();
  }

  /**
   * The command line of the process, as the system reports it: the JVM's, once the launcher exec'd.
   */
  Optional<String> processCommand() {
    return ProcessHandle.of(pid()).flatMap(p -> p.info().command());
  }

  /** When a line matching {@code line} was first seen, waiting for it at most {@code millis}. */
  long awaitLine(Pattern line, long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (true) {
      Optional<Long> seen = seen(line);
      if (seen.isPresent()) {
        return seen.get();
      }
      if (!started.process.isAlive()) {
        Thread.sleep(50); // the last lines
        return seen(line)
            .orElseThrow(
                () ->
                    new AssertionError(
                        "the command ended without a line '"
                            + line
                            + "'\n"
                            + started.result().describe()));
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(
            "no line '" + line + "' within " + millis + " ms; so far:\n" + started.stderrSoFar());
      }
      Thread.sleep(POLL_MILLIS);
    }
  }

  /** When a line matching {@code line} was first seen, if it was. */
  Optional<Long> seen(Pattern line) {
    return firstSeen.entrySet().stream()
        .filter(e -> line.matcher(e.getKey()).matches())
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** Waits for the command's end, at most {@code millis}: what it did. */
  JvmResult awaitEnd(long millis) throws InterruptedException {
    if (!started.process.waitFor(millis, TimeUnit.MILLISECONDS)) {
      throw new AssertionError(
          "the command did not end within " + millis + " ms; so far:\n" + started.stderrSoFar());
    }
    closing = true;
    reader.join(5_000);
    readOnce(); // whatever came after the last read
    return started.result();
  }

  private void readStderr() {
    while (!closing) {
      readOnce();
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void readOnce() {
    long now = System.nanoTime();
    String text;
    try {
      text = Files.readString(started.stderrFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return;
    }
    int end = text.lastIndexOf('\n');
    if (end < 0) {
      return;
    }
    for (String line : List.of(text.substring(0, end).split("\n"))) {
      firstSeen.putIfAbsent(line, now);
    }
  }

  @Override
  public void close() throws InterruptedException {
    closing = true;
    reader.interrupt();
    started.close();
  }
}
