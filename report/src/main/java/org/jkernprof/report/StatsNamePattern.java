package org.jkernprof.report;

import java.util.regex.Pattern;

/**
 * Picks methods for {@code --callers} and {@code --callees}: a pattern found anywhere in a method's
 * standard name {@code File.java:LINE(Class.method)}, where {@code *} stands for any characters and
 * {@code ?} for one, every other character for itself, case counting. So {@code generateData},
 * {@code ClassicExample.process*} and {@code Order.java:14} each pick what they say. pstats takes a
 * regular expression here; a glob needs no escaping of the dots and {@code $} in Java names.
 */
final class StatsNamePattern {
  private final String text;
  private final Pattern regex;

  StatsNamePattern(String text) {
    this.text = text;
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '*' || c == '?') {
        appendLiteral(regex, literal);
        regex.append(c == '*' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    appendLiteral(regex, literal);
    this.regex = Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static void appendLiteral(StringBuilder regex, StringBuilder literal) {
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
      literal.setLength(0);
    }
  }

  boolean matches(StatsEntry entry) {
    return regex.matcher(entry.stdName()).find();
  }

  /** The pattern as pstats shows a restriction: Python's {@code repr} of the string. */
  String pythonRepr() {
    char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == quote) {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(quote).toString();
  }
}
