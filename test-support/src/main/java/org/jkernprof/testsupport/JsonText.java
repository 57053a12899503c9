package org.jkernprof.testsupport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of JSON text (RFC 8259) into maps, lists, strings, numbers, booleans and null:
 * enough for tests to read what the project writes (a VS Code {@code launch.json}, the JSON report)
 * without a JSON library on the test class path. It fails on anything else, comments included, with
 * the offset where it stopped.
 */
public final class JsonText {
  private final String text;
  private int at;

  private JsonText(String text) {
    this.text = text;
  }

  /** {@code value}, a JSON object as {@link #parse} reads it. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  /** {@code value}, a JSON array of objects as {@link #parse} reads it. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> objects(Object value) {
    return (List<Map<String, Object>>) value;
  }

  /** {@code value}, a JSON number without a fraction. */
  public static long whole(Object value) {
    return ((BigDecimal) value).longValueExact();
  }

  /** The value {@code text} holds: a {@code Map<String, Object>}, {@code List<Object>}, ... */
  public static Object parse(String text) {
    JsonText reader = new JsonText(text);
    Object value = reader.value();
    reader.skipBlanks();
    if (reader.at != text.length()) {
      throw reader.error("text after the value");
    }
    return value;
  }

  private Object value() {
    skipBlanks();
    if (at >= text.length()) {
      throw error("a value expected, the text ended");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return word("true", Boolean.TRUE);
      case 'f':
        return word("false", Boolean.FALSE);
      case 'n':
        return word("null", null);
      default:
        return number();
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> members = new LinkedHashMap<>();
    at++;
    skipBlanks();
    if (peek() == '}') {
      at++;
      return members;
    }
    while (true) {
      skipBlanks();
      if (peek() != '"') {
        throw error("a member name expected");
      }
      String name = string();
      skipBlanks();
      expect(':');
      if (members.put(name, value()) != null) {
        throw error("member '" + name + "' given twice");
      }
      skipBlanks();
      if (peek() == '}') {
        at++;
        return members;
      }
      expect(',');
    }
  }

  private List<Object> array() {
    List<Object> elements = new ArrayList<>();
    at++;
    skipBlanks();
    if (peek() == ']') {
      at++;
      return elements;
    }
    while (true) {
      elements.add(value());
      skipBlanks();
      if (peek() == ']') {
        at++;
        return elements;
      }
      expect(',');
    }
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    at++;
    while (true) {
      char c = peek();
      at++;
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("a control character inside a string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escaped = peek();
      at++;
      switch (escaped) {
        case '"':
        case '\\':
        case '/':
          out.append(escaped);
          break;
        case 'b':
          out.append('\b');
          break;
        case 'f':
          out.append('\f');
          break;
        case 'n':
          out.append('\n');
          break;
        case 'r':
          out.append('\r');
          break;
        case 't':
          out.append('\t');
          break;
        case 'u':
          if (at + 4 > text.length()) {
            throw error("a \\u escape needs four hex digits");
          }
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
          break;
        default:
          throw error("unknown escape \\" + escaped);
      }
    }
  }

  private Object word(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("unexpected character '" + text.charAt(at) + "'");
    }
    at += word.length();
    return value;
  }

  private BigDecimal number() {
    int start = at;
    while (at < text.length() && "+-.eE0123456789".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    String number = text.substring(start, at);
    if (!number.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
      at = start;
      throw error("unexpected character '" + text.charAt(start) + "'");
    }
    return new BigDecimal(number);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("'" + c + "' expected");
    }
    at++;
  }

  private char peek() {
    if (at >= text.length()) {
      throw error("the text ended early");
    }
    return text.charAt(at);
  }

  private void skipBlanks() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("not JSON at offset " + at + ": " + what);
  }
}
