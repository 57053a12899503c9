package org.jkernprof.report;

/**
 * The colours of the coloured report, as ANSI SGR parameters from the 16-colour set every terminal
 * knows. Source text: keywords magenta, string, text block and char literals green, numbers cyan,
 * comments grey, annotations blue. The {@code % Time} grades are in {@link TimeShareGrades}.
 */
enum AnsiStyle {
  KEYWORD("35"),
  STRING("32"),
  NUMBER("36"),
  COMMENT("90"),
  ANNOTATION("34"),
  /** A line with a negligible share of the method's time. */
  FAINT("2"),
  /** A line worth a look. */
  WARM("33"),
  /** A line that dominates the method. */
  HOT("1;31");

  static final String ESCAPE = "\u001b[";
  static final String RESET = ESCAPE + "0m";

  private final String parameters;

  AnsiStyle(String parameters) {
    this.parameters = parameters;
  }

  /** The escape sequence that switches this style on; {@link #RESET} switches it off. */
  String on() {
    return ESCAPE + parameters + "m";
  }
}
