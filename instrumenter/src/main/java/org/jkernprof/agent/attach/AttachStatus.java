package org.jkernprof.agent.attach;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the agent answers a session command with, in the file {@code status} of the session's
 * folder: a properties file, replaced atomically, so the command never reads half of one.
 * Immutable.
 *
 * <ul>
 *   <li>{@code state}: {@code started}, {@code stopped} (by a stop command, the watchdog or the
 *       program's exit) or {@code failed}
 *   <li>{@code message}: for {@code failed}, the one line that says why; for {@code stopped}, why
 *       it stopped if it was not a stop command, else empty
 *   <li>{@code rewritten}: the classes rewritten when the session started
 *   <li>{@code restored}: the classes restored when it stopped
 *   <li>{@code results}: the results file, absolute, once written
 *   <li>{@code warnings}: the session's warnings since its last answer, one per line, for the
 *       command to print
 * </ul>
 */
public final class AttachStatus {
  static final String FILE_NAME = "status";

  /** What became of a session command. */
  public enum State {
    STARTED,
    STOPPED,
    FAILED
  }

  private final State state;
  private final String message;
  private final int rewritten;
  private final int restored;
  private final String results;
  private final List<String> warnings;

  private AttachStatus(
      State state,
      String message,
      int rewritten,
      int restored,
      String results,
      List<String> warnings) {
    this.state = state;
    this.message = message;
    this.rewritten = rewritten;
    this.restored = restored;
    this.results = results;
    this.warnings = Collections.unmodifiableList(new ArrayList<>(warnings));
  }

  /**
   * A session that started, having rewritten {@code rewritten} loaded classes, with the warnings of
   * its start.
   */
  public static AttachStatus started(int rewritten, List<String> warnings) {
    return new AttachStatus(State.STARTED, "", rewritten, 0, "", warnings);
  }

  /**
   * A session that stopped: results written to {@code results} (empty if they could not be, then
   * {@code message} says why), {@code restored} classes restored, with the warnings since it
   * started.
   */
  public static AttachStatus stopped(
      String message, int restored, String results, List<String> warnings) {
    return new AttachStatus(State.STOPPED, message, 0, restored, results, warnings);
  }

  /** A command that failed, for the one-line reason {@code message}. */
  public static AttachStatus failed(String message) {
    return new AttachStatus(State.FAILED, message, 0, 0, "", Collections.emptyList());
  }

  public State state() {
    return state;
  }

  public String message() {
    return message;
  }

  public int rewritten() {
    return rewritten;
  }

  public int restored() {
    return restored;
  }

  /** The results file, absolute; empty if none was written. */
  public String results() {
    return results;
  }

  /** The session's warnings since its last answer, one line each, for the command to print. */
  public List<String> warnings() {
    return warnings;
  }

  /** Writes this status into {@code session}, replacing the last one atomically. */
  public void writeTo(Path session) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("state", state.name().toLowerCase(java.util.Locale.ROOT));
    properties.setProperty("message", message);
    properties.setProperty("rewritten", Integer.toString(rewritten));
    properties.setProperty("restored", Integer.toString(restored));
    properties.setProperty("results", results);
    properties.setProperty("warnings", String.join("\n", warnings));
    Path temporary = Files.createTempFile(session, FILE_NAME, ".tmp");
    try (OutputStream out = Files.newOutputStream(temporary)) {
      properties.store(out, "jkernprof attach session");
    }
    Files.move(
        temporary,
        session.resolve(FILE_NAME),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /** The status last written into {@code session}; empty if none was. */
  public static Optional<AttachStatus> readFrom(Path session) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(session.resolve(FILE_NAME))) {
      properties.load(in);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    State state;
    try {
      state = State.valueOf(properties.getProperty("state", "").toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IOException("unreadable attach status in " + session + ": " + properties);
    }
    return Optional.of(
        new AttachStatus(
            state,
            properties.getProperty("message", ""),
            count(properties, "rewritten"),
            count(properties, "restored"),
            properties.getProperty("results", ""),
            lines(properties.getProperty("warnings", ""))));
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? Collections.emptyList() : Arrays.asList(text.split("\n"));
  }

  private static int count(Properties properties, String key) throws IOException {
    try {
      return Integer.parseInt(properties.getProperty(key, "0"));
    } catch (NumberFormatException e) {
      throw new IOException("unreadable attach status: " + key + "=" + properties.get(key));
    }
  }
}
