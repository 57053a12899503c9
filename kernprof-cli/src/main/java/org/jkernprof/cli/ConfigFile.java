package org.jkernprof.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A {@code jkernprof.properties} file of default options, {@code key=value} per line with keys
 * named like the long options ({@code unit=1e-3}, {@code skip-zero=true}), as line_profiler reads
 * {@code [tool.line_profiler]} from {@code pyproject.toml}. Immutable.
 */
final class ConfigFile {
  static final String NAME = "jkernprof.properties";

  private final Path path;
  private final Map<String, String> values;

  private ConfigFile(Path path, Map<String, String> values) {
    this.path = path;
    this.values = Collections.unmodifiableMap(values);
  }

  /** The file in {@code workingDirectory} or the nearest folder above it that has one. */
  static Optional<Path> find(Path workingDirectory) {
    for (Path dir = workingDirectory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads {@code file} as UTF-8 properties, values trimmed.
   *
   * @throws CliException if it cannot be read or is not a properties file
   */
  static ConfigFile read(Path file) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException | IllegalArgumentException e) {
      // IllegalArgumentException: a malformed \\uXXXX escape.
      throw new CliException("cannot read " + file + ": " + e.getMessage());
    }
    Map<String, String> values = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      values.put(key.trim(), properties.getProperty(key).trim());
    }
    return new ConfigFile(file, values);
  }

  Path path() {
    return path;
  }

  /** Key to value, in key order. */
  Map<String, String> values() {
    return values;
  }
}
