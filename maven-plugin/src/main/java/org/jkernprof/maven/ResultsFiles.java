package org.jkernprof.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.ProfReader;

/**
 * Where the test JVMs write their results: beside the configured output file, one file per JVM,
 * named after it ({@code jkernprof.lprof} → {@code jkernprof-ID.lprof}). Immutable.
 */
final class ResultsFiles {
  private final Path folder;
  private final String stem;
  private final String extension;

  /**
   * Files named after {@code outputFile}; its extension is {@code .prof} in function mode and
   * {@code .lprof} otherwise, whatever the configured name ends with.
   */
  ResultsFiles(Path outputFile, boolean functionMode) {
    Path absolute = outputFile.toAbsolutePath().normalize();
    this.folder = absolute.getParent();
    String name = absolute.getFileName().toString();
    int dot = name.lastIndexOf('.');
    this.stem = dot > 0 ? name.substring(0, dot) : name;
    this.extension = functionMode ? ".prof" : ".lprof";
  }

  Path folder() {
    return folder;
  }

  /** The path of one JVM's file, with {@code id} standing for the JVM. */
  Path perJvmTemplate(String id) {
    return folder.resolve(stem + "-" + id + extension);
  }

  /** The per-JVM files present now, by name. */
  List<Path> existing() throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                String n = f.getFileName().toString();
                return n.startsWith(stem + "-") && n.endsWith(extension);
              })
          .sorted()
          .forEach(found::add);
    }
    return found;
  }

  /** The line-by-line results of {@code files}, summed. */
  static LineResults readLines(List<Path> files) throws IOException {
    List<LineResults> all = new ArrayList<>();
    for (Path file : files) {
      all.add(LprofReader.read(file));
    }
    return LineResults.merge(all);
  }

  /**
   * The function-level results of {@code files}, summed; each JVM's measured probe cost stays with
   * them, for {@link FunctionResults#lessProbeCost()}.
   */
  static FunctionResults readFunctions(List<Path> files) throws IOException {
    List<FunctionResults> all = new ArrayList<>();
    for (Path file : files) {
      all.add(ProfReader.read(file));
    }
    return FunctionResults.merge(all);
  }

  /** Removes the files of an earlier build, so the report counts this build's tests only. */
  void deleteExisting() throws IOException {
    for (Path file : existing()) {
      Files.delete(file);
    }
  }
}
