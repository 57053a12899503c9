package org.jkernprof.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --top}: a whole number of at least 1. */
final class PositiveCount implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    int count;
    try {
      count = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      count = 0;
    }
    if (count < 1) {
      throw new TypeConversionException("'" + value + "' is not a whole number of at least 1");
    }
    return count;
  }
}
