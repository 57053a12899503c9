package org.jkernprof.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

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
        files.addAll(ResultsArgument.files(name, workingDirectory));
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
}
