package org.jkernprof.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --color=WHEN}: when the report is coloured. {@code -r/--rich} asks for {@link #AUTO}.
 * Without either the report is plain text, as before colours existed.
 */
enum ColorMode {
  /** Only when standard output is a terminal that shows colours (see {@link Terminal}). */
  AUTO,
  /** Always, even into a pipe or a file; it overrides {@code NO_COLOR}, as no-color.org asks. */
  ALWAYS,
  /** Never, even with {@code -r}. */
  NEVER;

  /**
   * Whether to colour the report.
   *
   * @param rich whether {@code -r/--rich} was given
   * @param requested the {@code --color} value; null when not given
   */
  static boolean useColor(boolean rich, ColorMode requested, Terminal terminal) {
    if (requested == NEVER) {
      return false;
    }
    if (requested == ALWAYS) {
      return true;
    }
    if (!rich && requested == null) {
      return false;
    }
    return terminal.showsColors();
  }

  /** Reads {@code auto}, {@code always} or {@code never}, in any case. */
  static final class Converter implements ITypeConverter<ColorMode> {
    @Override
    public ColorMode convert(String value) {
      for (ColorMode mode : values()) {
        if (mode.name().equalsIgnoreCase(value.trim())) {
          return mode;
        }
      }
      throw new TypeConversionException("'" + value + "' is not one of auto, always, never");
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
