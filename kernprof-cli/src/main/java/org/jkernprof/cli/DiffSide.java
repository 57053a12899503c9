package org.jkernprof.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One side of {@code jkernprof diff}, as its argument names it: runs separated by {@code ,}, each
 * run one results file, several joined by {@code +} (the JVMs of one run, summed), or a folder,
 * whose results files are summed (a Maven build's {@code target/jkernprof}). Immutable.
 */
final class DiffSide {
  private final List<List<Path>> runs;

  private DiffSide(List<List<Path>> runs) {
    this.runs = runs;
  }

  /**
   * The runs {@code argument} names, relative to {@code workingDirectory}.
   *
   * @throws CliException if a name is empty or not a path, or a folder holds no results files
   */
  static DiffSide parse(String argument, Path workingDirectory) {
    List<List<Path>> runs = new ArrayList<>();
    for (String run : argument.split(",", -1)) {
      List<Path> files = new ArrayList<>();
      for (String name : run.split("\\+", -1)) {
        if (name.isEmpty()) {
          throw new CliException(
              "cannot read '" + argument + "': an empty file name between ',' or '+'");
        }
        files.addAll(files(name, workingDirectory));
      }
      runs.add(Collections.unmodifiableList(files));
    }
    return new DiffSide(Collections.unmodifiableList(runs));
  }

  /** Each run's files, to be summed into one run. */
  List<List<Path>> runs() {
    return runs;
  }

  /** Every file of every run. */
  List<Path> allFiles() {
    return runs.stream().flatMap(List::stream).collect(Collectors.toList());
  }

  private static List<Path> files(String name, Path workingDirectory) {
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
      throw new CliException(
          "the folder " + name + " holds no results files (.lprof or .prof) to compare");
    }
    return found;
  }
}
