package org.jkernprof.cli;

import org.jkernprof.report.SortKey;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code -s/--sort}: one of pstats' sort keys, such as {@code tottime}. */
final class SortKeyName implements ITypeConverter<SortKey> {
  @Override
  public SortKey convert(String value) {
    return SortKey.parse(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "unknown sort key '"
                        + value
                        + "'; valid keys: "
                        + String.join(", ", SortKey.validNames())));
  }
}
