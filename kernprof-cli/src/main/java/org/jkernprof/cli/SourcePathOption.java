package org.jkernprof.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --source-path}: where the commands that show source lines look for them first. */
final class SourcePathOption {
  @Option(
      names = "--source-path",
      paramLabel = "PATHS",
      description = {
        "Where to find the sources: folders or -sources.jar files, separated by"
            + " '${sys:path.separator}'. Repeatable. Searched first; then src/main/java and"
            + " src/test/java in the current folder, and the Maven layout around APP.jar."
      })
  List<String> sourcePath = new ArrayList<>();

  /** Every entry, in order, resolved against {@code workingDirectory}. */
  List<Path> roots(Path workingDirectory) {
    return roots(sourcePath, workingDirectory);
  }

  /**
   * Every entry of {@code options} (each a list separated by the path separator), in order,
   * resolved against {@code workingDirectory}.
   */
  static List<Path> roots(List<String> options, Path workingDirectory) {
    List<Path> roots = new ArrayList<>();
    for (String option : options) {
      for (String entry : option.split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          roots.add(workingDirectory.resolve(entry));
        }
      }
    }
    return roots;
  }
}
