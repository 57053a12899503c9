package org.jkernprof.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Default option values from the nearest {@link ConfigFile}; options given on the command line win.
 * The file is checked as a whole when the command line is built, so that a mistake in it is
 * reported (once, as the first thing the parser asks for) even for options that this command does
 * not have.
 */
final class ConfigDefaults implements IDefaultValueProvider {
  private final Map<String, String> values;
  private final Optional<String> problem;

  private ConfigDefaults(Map<String, String> values, Optional<String> problem) {
    this.values = values;
    this.problem = problem;
  }

  /** The defaults for {@code root} and its subcommands, from the file found from {@code dir}. */
  static ConfigDefaults find(Path dir, CommandLine root) {
    Optional<Path> file = ConfigFile.find(dir);
    if (!file.isPresent()) {
      return new ConfigDefaults(new TreeMap<>(), Optional.empty());
    }
    ConfigFile config;
    try {
      config = ConfigFile.read(file.get());
    } catch (CliException e) {
      return new ConfigDefaults(new TreeMap<>(), Optional.of(e.getMessage()));
    }
    Optional<String> problem = check(config, optionsByKey(root));
    return new ConfigDefaults(config.values(), problem);
  }

  @Override
  public String defaultValue(ArgSpec argument) {
    if (problem.isPresent()) {
      throw new ConfigFileException(argument.command().commandLine(), problem.get());
    }
    if (!(argument instanceof OptionSpec)) {
      return null;
    }
    for (String name : ((OptionSpec) argument).names()) {
      String value = name.startsWith("--") ? values.get(name.substring(2)) : null;
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** Every long option name without its dashes, of every command, but help and version. */
  private static Map<String, OptionSpec> optionsByKey(CommandLine command) {
    Map<String, OptionSpec> options = new TreeMap<>();
    for (OptionSpec option : command.getCommandSpec().options()) {
      if (option.usageHelp() || option.versionHelp()) {
        continue;
      }
      for (String name : option.names()) {
        if (name.startsWith("--")) {
          options.put(name.substring(2), option);
        }
      }
    }
    for (CommandLine subcommand : command.getSubcommands().values()) {
      options.putAll(optionsByKey(subcommand));
    }
    return options;
  }

  private static Optional<String> check(ConfigFile config, Map<String, OptionSpec> options) {
    String where = "error in " + config.path() + ": ";
    for (Map.Entry<String, String> entry : config.values().entrySet()) {
      String key = entry.getKey();
      OptionSpec option = options.get(key);
      if (option == null) {
        return Optional.of(
            where
                + "unknown key '"
                + key
                + "'; valid keys: "
                + String.join(", ", options.keySet()));
      }
      Optional<String> wrong = wrongValue(option, entry.getValue());
      if (wrong.isPresent()) {
        return Optional.of(where + key + "=" + entry.getValue() + ": " + wrong.get());
      }
    }
    return Optional.empty();
  }

  /** What is wrong with {@code value} for {@code option}, converted as the parser will. */
  private static Optional<String> wrongValue(OptionSpec option, String value) {
    if (value.isEmpty()) {
      return Optional.of("the value is missing");
    }
    Class<?> type = option.type();
    if (type == boolean.class || type == Boolean.class) {
      String lower = value.toLowerCase(Locale.ROOT);
      return lower.equals("true") || lower.equals("false")
          ? Optional.empty()
          : Optional.of("expected true or false");
    }
    for (ITypeConverter<?> converter : option.converters()) {
      try {
        converter.convert(value);
      } catch (Exception e) {
        return Optional.of(e.getMessage());
      }
    }
    return Optional.empty();
  }

  /** A mistake in the defaults file: reported as one line, without the usage hint. */
  static final class ConfigFileException extends ParameterException {
    private static final long serialVersionUID = 1L;

    ConfigFileException(CommandLine commandLine, String message) {
      super(commandLine, message);
    }
  }
}
