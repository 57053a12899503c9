package org.jkernprof.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The lines of a real source file, so that tests find the lines a report must show by their text
 * rather than by numbers that go stale when the file is edited. Immutable.
 */
record JavaSource(Path file, List<String> lines) {
  JavaSource {
    lines = List.copyOf(lines);
  }

  static JavaSource read(Path file) {
    try {
      return new JavaSource(file, Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the source " + file, e);
    }
  }

  /** The text of line {@code number}, counted from 1. */
  String line(int number) {
    return lines.get(number - 1);
  }

  /** The number of the only line that contains {@code text}. */
  int lineOf(String text) {
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        if (found >= 0) {
          throw new IllegalArgumentException(text + " is on more than one line of " + file);
        }
        found = i + 1;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException(text + " is on no line of " + file);
    }
    return found;
  }

  /**
   * The line of the brace that closes the declaration starting at {@code firstLine}: the first
   * {@code }} after it at the same indentation, as formatted code has it.
   */
  int closingBraceOf(int firstLine) {
    String first = line(firstLine);
    String closing = first.substring(0, first.length() - first.stripLeading().length()) + "}";
    for (int n = firstLine + 1; n <= lines.size(); n++) {
      if (line(n).equals(closing)) {
        return n;
      }
    }
    throw new AssertionError("no '" + closing + "' after line " + firstLine + " of " + file);
  }
}
