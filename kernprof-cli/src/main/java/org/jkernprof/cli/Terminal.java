package org.jkernprof.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * What {@code --color=auto} needs to know about where the report goes: whether the JVM's console is
 * an interactive terminal, and the environment's {@code NO_COLOR} (https://no-color.org) and {@code
 * TERM}.
 */
final class Terminal {
  private final boolean interactive;
  private final Map<String, String> environment;

  Terminal(boolean interactive, Map<String, String> environment) {
    this.interactive = interactive;
    this.environment = Map.copyOf(environment);
  }

  /** The terminal of this JVM and its environment variables. */
  static Terminal current() {
    return new Terminal(consoleIsTerminal(), System.getenv());
  }

  /**
   * Whether colours would be seen: the console is interactive, {@code NO_COLOR} is unset or empty,
   * and {@code TERM} is not {@code dumb}.
   */
  boolean showsColors() {
    String noColor = environment.get("NO_COLOR");
    return interactive
        && (noColor == null || noColor.isEmpty())
        && !"dumb".equals(environment.get("TERM"));
  }

  /**
   * Until Java 21, {@code System.console()} is null unless standard input and output are both a
   * terminal. From Java 22 on it is never null, and {@code Console.isTerminal()} (called by
   * reflection, since this code is built for Java 11) tells instead.
   */
  private static boolean consoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
