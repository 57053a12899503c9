package org.jkernprof.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a source's text into lines at {@code \r\n}, {@code \r} or {@code \n}, as javac counts
 * them.
 */
final class SourceLines {
  private SourceLines() {}

  /**
   * The lines of {@code text}, without their line breaks; a final line break starts an empty line.
   */
  static List<String> of(String text) {
    List<String> lines = new ArrayList<>(text.length() / 32 + 1);
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }
}
