package org.jkernprof.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code -u/--unit}: a positive, finite number of seconds such as {@code 1e-3}. */
final class PositiveSeconds implements ITypeConverter<Double> {
  @Override
  public Double convert(String value) {
    double seconds;
    try {
      seconds = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      seconds = Double.NaN;
    }
    // The negated comparison also rejects NaN.
    if (!(seconds > 0) || Double.isInfinite(seconds)) {
      throw new TypeConversionException(
          "'" + value + "' is not a positive number of seconds (e.g. 1e-3 for milliseconds)");
    }
    return seconds;
  }
}
