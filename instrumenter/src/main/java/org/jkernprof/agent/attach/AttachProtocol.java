package org.jkernprof.agent.attach;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code jkernprof attach} tells the agent it loads into a running JVM, through {@code
 * VirtualMachine.loadAgent(jar, options)}: the one definition both sides use. Docs: {@code
 * docs/attach.md}.
 *
 * <ul>
 *   <li>{@code attach=start,session=DIR,cli-pid=PID,AGENT OPTIONS}: start a session with the usual
 *       agent options ({@code mode}, {@code output}, {@code include}...); {@code DIR} is a fresh
 *       folder of the command's, where the agent writes {@link AttachStatus}; {@code PID} is the
 *       command's process, watched so that a killed command still ends the session.
 *   <li>{@code attach=stop,session=DIR}: stop the session of {@code DIR}: write the results,
 *       restore every rewritten class.
 * </ul>
 *
 * <p>{@code loadAgent} returns when {@code agentmain} has, so the status is written by then.
 */
public final class AttachProtocol {
  static final String COMMAND = "attach";
  static final String SESSION = "session";
  static final String CLI_PID = "cli-pid";
  static final String START = "start";
  static final String STOP = "stop";

  private AttachProtocol() {}

  /** The options that start a session. Paths must not contain a comma. */
  public static String startOptions(Path session, long cliPid, List<String> agentOptions) {
    List<String> all = new ArrayList<>();
    all.add(COMMAND + "=" + START);
    all.add(SESSION + "=" + session.toAbsolutePath());
    all.add(CLI_PID + "=" + cliPid);
    all.addAll(agentOptions);
    return String.join(",", all);
  }

  /** The options that stop the session of {@code session}. */
  public static String stopOptions(Path session) {
    return COMMAND + "=" + STOP + "," + SESSION + "=" + session.toAbsolutePath();
  }

  /**
   * The session command in an agent option string, the other agent options kept apart; empty if the
   * string has no {@code attach=}, as for a plain {@code agentmain}.
   *
   * @throws IllegalArgumentException if it has one, but not a valid command
   */
  public static Optional<Command> parse(String options) {
    if (options == null) {
      return Optional.empty();
    }
    String command = null;
    Path session = null;
    long cliPid = -1;
    List<String> rest = new ArrayList<>();
    for (String option : options.split(",")) {
      String trimmed = option.trim();
      int eq = trimmed.indexOf('=');
      String key = eq < 0 ? trimmed : trimmed.substring(0, eq);
      String value = eq < 0 ? "" : trimmed.substring(eq + 1);
      if (key.equals(COMMAND)) {
        command = value;
      } else if (key.equals(SESSION)) {
        session = Paths.get(value);
      } else if (key.equals(CLI_PID)) {
        cliPid = pid(value);
      } else if (!trimmed.isEmpty()) {
        rest.add(trimmed);
      }
    }
    if (command == null) {
      return Optional.empty();
    }
    if (!command.equals(START) && !command.equals(STOP)) {
      throw new IllegalArgumentException(
          "agent option 'attach' is attach=start or attach=stop, not attach=" + command);
    }
    if (session == null || !session.isAbsolute()) {
      throw new IllegalArgumentException("agent option 'attach' needs session=FOLDER");
    }
    boolean start = command.equals(START);
    if (start && cliPid < 0) {
      throw new IllegalArgumentException("agent option 'attach=start' needs cli-pid=PID");
    }
    if (!start && !rest.isEmpty()) {
      throw new IllegalArgumentException(
          "agent option 'attach=stop' takes only session=FOLDER, not " + String.join(",", rest));
    }
    return Optional.of(new Command(start, session, cliPid, String.join(",", rest)));
  }

  private static long pid(String value) {
    try {
      long pid = Long.parseLong(value);
      if (pid > 0) {
        return pid;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new IllegalArgumentException(
        "agent option 'cli-pid' is a process id, not '" + value + "'");
  }

  /** One session command, parsed. Immutable. */
  public static final class Command {
    private final boolean start;
    private final Path session;
    private final long cliPid;
    private final String agentOptions;

    Command(boolean start, Path session, long cliPid, String agentOptions) {
      this.start = start;
      this.session = session;
      this.cliPid = cliPid;
      this.agentOptions = agentOptions;
    }

    /** Whether it starts a session; else it stops one. */
    public boolean isStart() {
      return start;
    }

    /** The command's folder for {@link AttachStatus}. */
    public Path session() {
      return session;
    }

    /** The attach command's process id; -1 in a stop command. */
    public long cliPid() {
      return cliPid;
    }

    /** The usual agent options of a start command, comma-separated; empty in a stop command. */
    public String agentOptions() {
      return agentOptions;
    }
  }
}
