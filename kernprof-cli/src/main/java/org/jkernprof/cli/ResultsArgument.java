package org.jkernprof.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A results file named on the command line, or a folder of them (a Maven build's {@code
 * target/jkernprof}, one file per test JVM): the files it stands for.
 */
final class ResultsArgument {
  private ResultsArgument() {}

  /**
   * {@code name} resolved against {@code workingDirectory}; for a folder, every {@code .lprof} and
   * {@code .prof} file in it, in name order.
   *
   * @throws CliException if {@code name} is not a path, or a folder holds no results files
   */
  static List<Path> files(String name, Path workingDirectory) {
    Path path;
    try {
      path = workingDirectory.resolve(name);
    } catch (InvalidPathException e) {
      throw new CliException("cannot read " + name + ": " + e.getMessage());
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> found;
    try (Stream<Path> entries = Files.list(path)) {
      found =
          entries
              .filter(Files::isRegularFile)
              .filter(
                  p -> {
                    String file = p.getFileName().toString();
                    return file.endsWith(".lprof") || file.endsWith(".prof");
                  })
              .sorted()
              .collect(Collectors.toList());
    } catch (IOException e) {
      throw new CliException("cannot read the folder " + name + ": " + e.getMessage());
    }
    if (found.isEmpty()) {
      throw new CliException("the folder " + name + " holds no results files (.lprof or .prof)");
    }
    return found;
  }
}
