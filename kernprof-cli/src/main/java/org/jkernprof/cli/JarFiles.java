package org.jkernprof.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Facts about jar files that decide whether a program can start, read without loading classes. */
final class JarFiles {
  /** A zip archive starts with a local file header, or with the end record when it is empty. */
  private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};

  private static final byte[] EMPTY_ARCHIVE = {'P', 'K', 5, 6};

  private JarFiles() {}

  /** Whether {@code file} begins with a zip signature, as every jar does. */
  static boolean hasZipSignature(Path file) {
    byte[] head = new byte[4];
    try (InputStream in = Files.newInputStream(file)) {
      if (in.readNBytes(head, 0, head.length) != head.length) {
        return false;
      }
    } catch (IOException e) {
      return false;
    }
    return Arrays.equals(head, LOCAL_HEADER) || Arrays.equals(head, EMPTY_ARCHIVE);
  }

  /** The manifest of {@code jar}, if it has one. */
  static Optional<Manifest> manifest(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return Optional.ofNullable(file.getManifest());
    }
  }

  /** The {@code Main-Class} named by {@code jar}'s manifest, if any. */
  static Optional<String> mainClass(Path jar) throws IOException {
    return manifest(jar)
        .map(m -> m.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS))
        .map(String::trim)
        .filter(name -> !name.isEmpty());
  }

  /** Whether {@code jar} holds an entry named {@code entryName}; false if it cannot be read. */
  static boolean containsEntry(Path jar, String entryName) {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getEntry(entryName) != null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The entries of {@code jar}'s manifest {@code Class-Path}: URLs relative to the jar's folder,
   * separated by spaces. Entries that are not local files are left out, as they cannot be checked.
   */
  static List<Path> manifestClassPath(Path jar) {
    List<Path> entries = new ArrayList<>();
    String classPath;
    try {
      classPath =
          manifest(jar)
              .map(m -> m.getMainAttributes().getValue(Attributes.Name.CLASS_PATH))
              .orElse("");
    } catch (IOException e) {
      return entries;
    }
    URI folder = jar.toAbsolutePath().getParent().toUri();
    for (String url : classPath.trim().split("\\s+")) {
      if (url.isEmpty()) {
        continue;
      }
      try {
        URI resolved = folder.resolve(url);
        if ("file".equals(resolved.getScheme())) {
          entries.add(Paths.get(resolved));
        }
      } catch (IllegalArgumentException e) {
        // The JVM ignores malformed entries too.
      }
    }
    return entries;
  }
}
