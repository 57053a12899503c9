package org.jkernprof.cli;

import org.jkernprof.agent.instr.MethodPattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts {@code --include}/{@code --exclude}: a method pattern, checked here as the agent will
 * read it, so that a bad one is a usage error before any program starts.
 */
final class MethodPatternOption implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    try {
      return MethodPattern.parse(value).text();
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
