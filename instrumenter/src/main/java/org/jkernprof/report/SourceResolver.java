package org.jkernprof.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the source text of profiled methods. STUB: the real implementation (JavaParser, source
 * roots and -sources.jar files) replaces this.
 */
public final class SourceResolver {
  private final List<Path> roots;

  /** Searches {@code roots} in order: source folders, and {@code -sources.jar} files. */
  public SourceResolver(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  /**
   * The standard search order: the user's {@code --source-path} entries, then {@code src/main/java}
   * and {@code src/test/java} under the working directory, then the Maven layout around the
   * application jar ({@code target/app.jar} → {@code src/main/java} beside {@code target/}), then
   * {@code app-sources.jar} beside the jar.
   */
  public static List<Path> searchPath(
      List<Path> userSourcePath, Path workingDirectory, Optional<Path> applicationJar) {
    List<Path> path = new ArrayList<>(userSourcePath);
    path.add(workingDirectory.resolve("src/main/java"));
    path.add(workingDirectory.resolve("src/test/java"));
    return path;
  }

  public List<Path> roots() {
    return roots;
  }
}
