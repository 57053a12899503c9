package org.jkernprof.agent.attach;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The warnings of an attached session, held for the attach command instead of going to the
 * program's standard error: the command prints them with the session's next answer. At most {@link
 * #LIMIT} are kept between two answers; the rest are counted. Thread-safe.
 */
public final class SessionWarnings {
  static final int LIMIT = 100;

  private final List<String> lines = new ArrayList<>();
  private final PrintStream stream =
      new PrintStream(new LineSplitter(), true, StandardCharsets.UTF_8);
  private int dropped;

  /** A stream whose lines become warnings, for the code that writes to a standard error. */
  public PrintStream stream() {
    return stream;
  }

  /** The warnings since the last call, which it forgets. */
  public synchronized List<String> take() {
    List<String> taken = new ArrayList<>(lines);
    if (dropped > 0) {
      taken.add("jkernprof: " + dropped + " more warnings not shown");
    }
    lines.clear();
    dropped = 0;
    return taken;
  }

  /** Prints the warnings since the last {@link #take} on {@code err}, when no command will. */
  public void sendTo(PrintStream err) {
    take().forEach(err::println);
  }

  private synchronized void add(String line) {
    if (line.isBlank()) {
      return;
    }
    if (lines.size() < LIMIT) {
      lines.add(line);
    } else {
      dropped++;
    }
  }

  /** Cuts what is printed into lines. */
  private final class LineSplitter extends OutputStream {
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      if (b == '\n') {
        add(new String(line.toByteArray(), StandardCharsets.UTF_8).replace("\r", ""));
        line.reset();
      } else {
        line.write(b);
      }
    }
  }
}
