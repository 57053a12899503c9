package org.jkernprof.report;

/**
 * Writes one JSON document, compactly, in the order its methods are called: objects and arrays are
 * opened and closed by the caller, commas are placed here. Strings are escaped so that the text is
 * valid JSON and can sit inside an HTML {@code <script>} element ({@code <}, {@code >} and {@code
 * &} are written as {@code \\u} escapes).
 */
final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out = new StringBuilder();

  /** Whether the next value is the first of its object or array. */
  private boolean first = true;

  JsonWriter beginObject() {
    separate();
    out.append('{');
    first = true;
    return this;
  }

  JsonWriter endObject() {
    out.append('}');
    first = false;
    return this;
  }

  JsonWriter beginArray() {
    separate();
    out.append('[');
    first = true;
    return this;
  }

  JsonWriter endArray() {
    out.append(']');
    first = false;
    return this;
  }

  /** The name of the next member of the current object. */
  JsonWriter name(String name) {
    separate();
    string(name);
    out.append(':');
    first = true;
    return this;
  }

  JsonWriter value(String value) {
    separate();
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    return this;
  }

  JsonWriter value(long value) {
    separate();
    out.append(value);
    return this;
  }

  /** A number; NaN and infinities, which JSON cannot hold, are written as null. */
  JsonWriter value(double value) {
    separate();
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      out.append("null");
    } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      out.append((long) value);
    } else {
      out.append(value);
    }
    return this;
  }

  JsonWriter value(boolean value) {
    separate();
    out.append(value);
    return this;
  }

  JsonWriter nullValue() {
    separate();
    out.append("null");
    return this;
  }

  /** A member: {@code name} and its value. */
  JsonWriter member(String name, String value) {
    return name(name).value(value);
  }

  JsonWriter member(String name, long value) {
    return name(name).value(value);
  }

  JsonWriter member(String name, double value) {
    return name(name).value(value);
  }

  JsonWriter member(String name, boolean value) {
    return name(name).value(value);
  }

  /** The document written so far. */
  String text() {
    return out.toString();
  }

  private void separate() {
    if (!first) {
      out.append(',');
    }
    first = false;
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
            out.append("\\u")
                .append(HEX[(c >> 12) & 0xF])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
