package org.jkernprof.corpus;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** Where the build put what the corpus tests need; surefire passes it as system properties. */
final class BuildPaths {
  private BuildPaths() {}

  static Path agentJar() {
    return path("jkernprof.agentJar");
  }

  /** The libraries' jars and their dependencies, as Maven resolved them. */
  static List<Path> libraryJars() {
    try {
      List<Path> jars = new ArrayList<>();
      for (String entry :
          Files.readString(path("jkernprof.corpusLibraries")).trim().split(File.pathSeparator)) {
        jars.add(Paths.get(entry));
      }
      return jars;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code src/test/versions}: the sample compiled for every release. */
  static Path versionsSource() {
    return path("jkernprof.versionsSource");
  }

  /** The module's compiled test classes, the class path of every child JVM. */
  static Path testClasses() {
    return path("jkernprof.testClasses");
  }

  /** {@code corpus/target}. */
  static Path target() {
    return path("jkernprof.target");
  }

  static Path runningJava() {
    return Paths.get(System.getProperty("java.home"), "bin", "java");
  }

  private static Path path(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          "system property " + property + " is not set: run these tests through Maven");
    }
    return Paths.get(value);
  }
}
