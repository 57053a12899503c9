package org.jkernprof.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the source files of profiled classes in an ordered list of roots: source folders and {@code
 * -sources.jar} files. The first root holding the file wins; roots that do not exist are skipped.
 * Paths are shown relative to the working directory when they are below it.
 */
public final class SourceResolver {
  private final List<Path> roots;
  private final Path workingDirectory;

  /**
   * Searches {@code roots} in order, resolving relative roots against the JVM's working directory.
   */
  public SourceResolver(List<Path> roots) {
    this(roots, Paths.get("").toAbsolutePath());
  }

  /**
   * Searches {@code roots} in order; relative roots are resolved against {@code workingDirectory},
   * and found files are shown relative to it.
   */
  public SourceResolver(List<Path> roots, Path workingDirectory) {
    this.roots = List.copyOf(roots);
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  /**
   * The standard search order: the user's {@code --source-path} entries, then {@code src/main/java}
   * and {@code src/test/java} under the working directory, then the Maven layout around the
   * application jar ({@code X/target/app.jar} → {@code X/src/main/java} and {@code
   * X/src/test/java}; Gradle's {@code X/build/libs/app.jar} likewise), then {@code app-sources.jar}
   * beside the jar. Entries that name the same place are listed once.
   */
  public static List<Path> searchPath(
      List<Path> userSourcePath, Path workingDirectory, Optional<Path> applicationJar) {
    Path cwd = workingDirectory.toAbsolutePath().normalize();
    List<Path> path = new ArrayList<>(userSourcePath);
    path.add(cwd.resolve("src/main/java"));
    path.add(cwd.resolve("src/test/java"));
    applicationJar.ifPresent(
        jar -> {
          Path absoluteJar = cwd.resolve(jar).normalize();
          Path folder = absoluteJar.getParent();
          Path fileName = absoluteJar.getFileName();
          if (folder == null || fileName == null) {
            return;
          }
          projectOf(folder)
              .ifPresent(
                  project -> {
                    path.add(project.resolve("src/main/java"));
                    path.add(project.resolve("src/test/java"));
                  });
          path.add(folder.resolve(sourcesJarName(fileName.toString())));
        });
    // Last, the working directory itself: where `javac Foo.java && java Foo` leaves the source.
    path.add(cwd);
    Map<Path, Path> unique = new LinkedHashMap<>();
    for (Path p : path) {
      unique.putIfAbsent(cwd.resolve(p).normalize(), p);
    }
    return List.copyOf(unique.values());
  }

  /**
   * The application jar of a {@code sun.java.command} value ({@code app.jar args} for {@code java
   * -jar app.jar args}); empty for a main class. The JVM records the command with blanks between
   * words, so a jar path with blanks in it is the shortest start of the command that ends in {@code
   * .jar} and names a file, relative to {@code workingDirectory}; failing that, the first word, if
   * it ends in {@code .jar}.
   */
  public static Optional<Path> applicationJar(String javaCommand, Path workingDirectory) {
    String command = javaCommand == null ? "" : javaCommand.trim();
    for (int end = command.indexOf(".jar"); end >= 0; end = command.indexOf(".jar", end + 1)) {
      int afterJar = end + ".jar".length();
      if (afterJar < command.length() && command.charAt(afterJar) != ' ') {
        continue;
      }
      Optional<Path> jar = path(command.substring(0, afterJar));
      if (jar.isPresent() && Files.isRegularFile(workingDirectory.resolve(jar.get()))) {
        return jar;
      }
    }
    String first = command.split("\\s+", 2)[0];
    return first.endsWith(".jar") ? path(first) : Optional.empty();
  }

  private static Optional<Path> path(String name) {
    try {
      return Optional.of(Paths.get(name));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  public List<Path> roots() {
    return roots;
  }

  public Path workingDirectory() {
    return workingDirectory;
  }

  /**
   * Looks for {@code relativePath} ({@code com/acme/Foo.java}, with slashes) in each root in order.
   * A root that cannot be opened is skipped; a file that exists but cannot be read is returned as
   * unreadable, so the report can say why.
   */
  Optional<FoundSource> find(String relativePath) {
    if (relativePath.isEmpty()) {
      return Optional.empty();
    }
    for (Path root : roots) {
      Path absoluteRoot = workingDirectory.resolve(root).normalize();
      Optional<FoundSource> found =
          Files.isDirectory(absoluteRoot)
              ? findInFolder(absoluteRoot, relativePath)
              : Files.isRegularFile(absoluteRoot)
                  ? findInArchive(absoluteRoot, relativePath)
                  : Optional.empty();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The roots as the report lists them: {@code src/main/java, src/test/java}. */
  String describeRoots() {
    List<String> shown = new ArrayList<>();
    for (Path root : roots) {
      shown.add(display(workingDirectory.resolve(root).normalize()));
    }
    return String.join(", ", shown);
  }

  private Optional<FoundSource> findInFolder(Path root, String relativePath) {
    Path file;
    try {
      file = root.resolve(relativePath).normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(FoundSource.readable(display(file), decode(Files.readAllBytes(file))));
    } catch (IOException | RuntimeException e) {
      return Optional.of(FoundSource.unreadable(display(file), describe(e)));
    }
  }

  private Optional<FoundSource> findInArchive(Path archive, String relativePath) {
    ZipFile zip;
    try {
      zip = new ZipFile(archive.toFile());
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not an archive, or a broken one: nothing to find in it
    }
    try (ZipFile open = zip) {
      ZipEntry entry = open.getEntry(relativePath);
      if (entry == null || entry.isDirectory()) {
        return Optional.empty();
      }
      String shown = display(archive) + "!/" + relativePath;
      try (InputStream in = open.getInputStream(entry)) {
        return Optional.of(FoundSource.readable(shown, decode(in.readAllBytes())));
      } catch (IOException | RuntimeException e) {
        return Optional.of(FoundSource.unreadable(shown, describe(e)));
      }
    } catch (IOException e) {
      return Optional.empty(); // closing failed; nothing more to do with this archive
    }
  }

  /** A path relative to the working directory if it is below it, else absolute. */
  private String display(Path absolute) {
    if (absolute.equals(workingDirectory)) {
      return ".";
    }
    if (absolute.startsWith(workingDirectory)) {
      return workingDirectory.relativize(absolute).toString();
    }
    return absolute.toString();
  }

  /** Maven's {@code X/target} and Gradle's {@code X/build/libs} both mean project folder X. */
  private static Optional<Path> projectOf(Path jarFolder) {
    Path name = jarFolder.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    if (name.toString().equals("target")) {
      return Optional.ofNullable(jarFolder.getParent());
    }
    Path parent = jarFolder.getParent();
    if (name.toString().equals("libs")
        && parent != null
        && parent.getFileName() != null
        && parent.getFileName().toString().equals("build")) {
      return Optional.ofNullable(parent.getParent());
    }
    return Optional.empty();
  }

  /**
   * {@code app.jar} → {@code app-sources.jar}; {@code app-1.0.jar} → {@code app-1.0-sources.jar}.
   */
  static String sourcesJarName(String jarName) {
    String base = jarName.endsWith(".jar") ? jarName.substring(0, jarName.length() - 4) : jarName;
    return base + "-sources.jar";
  }

  /** UTF-8, with malformed bytes replaced, and without a byte-order mark. */
  private static String decode(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
