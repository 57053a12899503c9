package org.jkernprof.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The results file a profiling run writes ({@code .lprof} or {@code .prof}): its name as the user
 * sees it, where it is, and whether the run really wrote it.
 */
final class ResultsFile {
  private final String name;
  private final Path path;

  private ResultsFile(String name, Path path) {
    this.name = name;
    this.path = path;
  }

  /**
   * {@code -o FILE} if given, else the target's default name for {@code mode}'s results, in {@code
   * workingDirectory}. Checks now what would otherwise only fail when the program has finished:
   * that the folder exists and is writable, and that the agent can take the path.
   */
  static ResultsFile choose(
      Optional<String> outfile, LaunchTarget target, ProfilingMode mode, Path workingDirectory) {
    return choose(
        outfile, target.defaultResultsFileName(mode.resultsExtension()), workingDirectory);
  }

  /** As above, with {@code defaultName} when no {@code -o FILE} is given. */
  static ResultsFile choose(Optional<String> outfile, String defaultName, Path workingDirectory) {
    String name = outfile.orElse(defaultName);
    Path path;
    try {
      path = workingDirectory.resolve(name).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new CliException("cannot write results to " + name + ": " + e.getMessage());
    }
    if (Files.isDirectory(path)) {
      throw new CliException("cannot write results to " + name + ": it is a folder");
    }
    Path folder = path.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new CliException(
          "cannot write results to " + name + ": folder " + folder + " does not exist");
    }
    if (!Files.isWritable(folder)) {
      throw new CliException(
          "cannot write results to " + name + ": folder " + folder + " is not writable");
    }
    if (path.toString().contains(",")) {
      // The agent's options are separated by commas: output=FILE,quiet
      throw new CliException(
          "cannot write results to " + path + ": the path must not contain a comma");
    }
    return new ResultsFile(name, path);
  }

  /** The name to show the user: as given with {@code -o}, or the default name. */
  String name() {
    return name;
  }

  /** The absolute path, for the agent, which runs in the same folder but may change its own. */
  Path path() {
    return path;
  }

  /** What the file is now, to tell afterwards whether a run wrote it. */
  Snapshot snapshot() {
    return Snapshot.of(path);
  }

  /** Whether the file was written since {@code before}; the agent replaces it by a rename. */
  boolean writtenSince(Snapshot before) {
    Snapshot now = snapshot();
    return now.exists() && !now.equals(before);
  }

  /** The identity, size and modification time of a file, or its absence. */
  static final class Snapshot {
    private final boolean exists;
    private final Object fileKey;
    private final long size;
    private final long modifiedNanos;

    private Snapshot(boolean exists, Object fileKey, long size, long modifiedNanos) {
      this.exists = exists;
      this.fileKey = fileKey;
      this.size = size;
      this.modifiedNanos = modifiedNanos;
    }

    static Snapshot of(Path file) {
      try {
        BasicFileAttributes attributes =
            Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new Snapshot(
            true,
            attributes.fileKey(),
            attributes.size(),
            attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
      } catch (IOException e) {
        return new Snapshot(false, null, 0, 0);
      }
    }

    boolean exists() {
      return exists;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Snapshot)) {
        return false;
      }
      Snapshot that = (Snapshot) o;
      return exists == that.exists
          && Objects.equals(fileKey, that.fileKey)
          && size == that.size
          && modifiedNanos == that.modifiedNanos;
    }

    @Override
    public int hashCode() {
      return Objects.hash(exists, fileKey, size, modifiedNanos);
    }
  }
}
