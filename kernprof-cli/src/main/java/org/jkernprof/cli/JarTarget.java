package org.jkernprof.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A program started as {@code java -jar APP.jar}. */
final class JarTarget implements LaunchTarget {
  private final String jarArgument;
  private final Path jar;

  private JarTarget(String jarArgument, Path jar) {
    this.jarArgument = jarArgument;
    this.jar = jar;
  }

  /**
   * Checks that {@code jarArgument} names a runnable jar, as {@code java -jar} would, but with a
   * message that says what to do.
   */
  static JarTarget check(String jarArgument, Path workingDirectory) {
    Path jar = workingDirectory.resolve(jarArgument);
    if (Files.isDirectory(jar)) {
      throw new CliException(jarArgument + " is a folder, not a jar file");
    }
    if (!Files.isRegularFile(jar)) {
      throw new CliException("cannot find the jar file " + jarArgument);
    }
    if (!JarFiles.hasZipSignature(jar)) {
      throw new CliException(jarArgument + " is not a jar file (it is not in zip format)");
    }
    Optional<String> mainClass;
    try {
      mainClass = JarFiles.mainClass(jar);
    } catch (IOException e) {
      throw new CliException("cannot read the jar file " + jarArgument + ": " + e.getMessage());
    }
    if (!mainClass.isPresent()) {
      throw new CliException(
          jarArgument
              + " has no Main-Class in its manifest; run it with -cp "
              + jarArgument
              + " MAIN_CLASS");
    }
    if (!ClassPath.ofJar(jar).contains(mainClass.get())) {
      throw new CliException(
          jarArgument
              + " names Main-Class "
              + mainClass.get()
              + ", but that class is neither in the jar nor on its manifest Class-Path");
    }
    return new JarTarget(jarArgument, jar);
  }

  @Override
  public List<String> javaArguments() {
    // As the user wrote it: the child runs in the same folder, and the recorded command reads as
    // typed.
    return Arrays.asList("-jar", jarArgument);
  }

  @Override
  public String defaultResultsFileName(String extension) {
    return jar.getFileName() + extension;
  }

  @Override
  public Optional<Path> applicationJar() {
    return Optional.of(jar);
  }
}
