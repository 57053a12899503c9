package org.jkernprof.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A class path as the {@code java} launcher reads it: folders, jars, {@code dir/*} for every jar in
 * a folder, and the manifest {@code Class-Path} of each jar. Used to check that a main class exists
 * before a JVM is started for it.
 */
final class ClassPath {
  private final List<Path> entries;

  private ClassPath(List<Path> entries) {
    this.entries = entries;
  }

  /**
   * Parses a {@code -cp} value; relative entries are resolved against {@code workingDirectory}.
   * Entries that do not exist are kept: the JVM skips them, and so does {@link #contains}.
   */
  static ClassPath parse(String classPath, Path workingDirectory) {
    List<Path> entries = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator, -1)) {
      // An empty entry means the current folder, as for the JVM.
      String name = entry.isEmpty() ? "." : entry;
      try {
        if (name.equals("*") || name.endsWith(File.separator + "*") || name.endsWith("/*")) {
          entries.addAll(jarsIn(workingDirectory.resolve(name.substring(0, name.length() - 1))));
        } else {
          entries.add(workingDirectory.resolve(name));
        }
      } catch (InvalidPathException e) {
        // Not a path on this system: the JVM cannot use it either.
      }
    }
    return new ClassPath(entries);
  }

  /** A class path of exactly one jar, with whatever its manifest adds. */
  static ClassPath ofJar(Path jar) {
    List<Path> entries = new ArrayList<>();
    entries.add(jar);
    return new ClassPath(entries);
  }

  /** Whether the class {@code binaryName} ({@code com.acme.Main}) is on this class path. */
  boolean contains(String binaryName) {
    String resource = binaryName.replace('.', '/') + ".class";
    Deque<Path> pending = new ArrayDeque<>(entries);
    Set<Path> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      Path entry = pending.removeFirst().toAbsolutePath().normalize();
      if (!seen.add(entry)) {
        continue;
      }
      if (Files.isDirectory(entry)) {
        if (Files.isRegularFile(entry.resolve(resource))) {
          return true;
        }
      } else if (Files.isRegularFile(entry) && JarFiles.hasZipSignature(entry)) {
        if (JarFiles.containsEntry(entry, resource)) {
          return true;
        }
        pending.addAll(JarFiles.manifestClassPath(entry));
      }
    }
    return false;
  }

  /** The jars of a {@code dir/*} entry, in name order; the JVM's order is unspecified. */
  private static List<Path> jarsIn(Path folder) {
    List<Path> jars = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return jars;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jar") && Files.isRegularFile(file)) {
          jars.add(file);
        }
      }
    } catch (IOException e) {
      return jars;
    }
    jars.sort(null);
    return jars;
  }
}
