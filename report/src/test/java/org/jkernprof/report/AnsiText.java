package org.jkernprof.report;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads coloured text in tests: without its escape codes, or with readable markers instead. */
final class AnsiText {
  private static final Pattern SGR = Pattern.compile("\u001b\\[([0-9;]*)m");
  private static final Map<String, String> MARKERS =
      Map.of(
          AnsiStyle.KEYWORD.on(),
          "«K:",
          AnsiStyle.STRING.on(),
          "«S:",
          AnsiStyle.NUMBER.on(),
          "«N:",
          AnsiStyle.COMMENT.on(),
          "«C:",
          AnsiStyle.ANNOTATION.on(),
          "«A:",
          AnsiStyle.FAINT.on(),
          "«faint:",
          AnsiStyle.WARM.on(),
          "«warm:",
          AnsiStyle.HOT.on(),
          "«hot:",
          AnsiStyle.RESET,
          "»");

  private AnsiText() {}

  /** What a terminal shows of {@code text}: every SGR escape sequence removed. */
  static String strip(String text) {
    return SGR.matcher(text).replaceAll("");
  }

  /** {@code «K:int» x = «N:1»;} for the ANSI text of {@code int x = 1;} in colour. */
  static String marked(String text) {
    Matcher m = SGR.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String marker = MARKERS.get(m.group());
      if (marker == null) {
        throw new AssertionError("unexpected escape sequence ESC[" + m.group(1) + "m in " + text);
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(marker));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  static String marked(StyledText text) {
    return marked(text.ansi());
  }
}
