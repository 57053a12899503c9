package org.jkernprof.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A file the user named for a report export: written whole, or a one-line error. */
final class OutputFile {
  private OutputFile() {}

  /**
   * Writes {@code text} to {@code name}, resolved against {@code workingDirectory}.
   *
   * @throws CliException naming the file and why, if it cannot be written
   */
  static void write(Path workingDirectory, String name, String text) {
    Path target;
    try {
      target = workingDirectory.resolve(name);
    } catch (InvalidPathException e) {
      throw new CliException("cannot write " + name + ": " + e.getMessage());
    }
    if (Files.isDirectory(target)) {
      throw new CliException("cannot write " + name + ": it is a folder");
    }
    try {
      Files.writeString(target, text, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new CliException("cannot write " + name + ": " + describe(e));
    }
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
