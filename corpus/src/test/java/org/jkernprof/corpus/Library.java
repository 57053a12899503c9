package org.jkernprof.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * One library of the corpus: found among the resolved jars by its file name, profiled by the real
 * agent through an include pattern for its packages.
 */
record Library(String id, String title, String jarPrefix, String packages) {
  static final List<Library> ALL =
      List.of(
          new Library("guava", "Guava", "guava-", "com.google.common.**"),
          new Library(
              "commons-lang3", "commons-lang3", "commons-lang3-", "org.apache.commons.lang3.**"),
          new Library(
              "jackson-databind",
              "Jackson databind",
              "jackson-databind-",
              "com.fasterxml.jackson.databind.**"),
          new Library("kotlin-stdlib", "Kotlin stdlib", "kotlin-stdlib-", "kotlin.**"),
          new Library("scala-library", "Scala library", "scala-library-", "scala.**"));

  /** This library's jar among {@code jars}. */
  Path jar(List<Path> jars) {
    for (Path jar : jars) {
      String file = jar.getFileName().toString();
      if (file.startsWith(jarPrefix) && Character.isDigit(file.charAt(jarPrefix.length()))) {
        return jar;
      }
    }
    throw new IllegalStateException("no " + jarPrefix + "*.jar among " + jars);
  }

  /** {@code Guava 33.8.0-jre}, the version read from the jar's name. */
  String name(List<Path> jars) {
    String file = jar(jars).getFileName().toString();
    return title + " " + file.substring(jarPrefix.length(), file.length() - ".jar".length());
  }
}
