package org.jkernprof.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A program started as {@code java -cp CLASSPATH MAIN_CLASS}. */
final class MainClassTarget implements LaunchTarget {
  private final String className;
  private final String classPath;

  private MainClassTarget(String className, String classPath) {
    this.className = className;
    this.classPath = classPath;
  }

  /**
   * Checks that {@code mainClass} exists on {@code classPath} or in the JDK, as the {@code java}
   * launcher would find it. Like the launcher, accepts {@code com/acme/Main} for {@code
   * com.acme.Main}.
   */
  static MainClassTarget check(String mainClass, String classPath, Path workingDirectory) {
    String className = mainClass.replace('/', '.');
    if (!ClassPath.parse(classPath, workingDirectory).contains(className)
        && !isJdkClass(className)) {
      throw new CliException(
          "cannot find main class " + mainClass + " on the class path " + classPath);
    }
    return new MainClassTarget(className, classPath);
  }

  /** Whether a module of the JDK holds the class; class files are never encapsulated. */
  private static boolean isJdkClass(String className) {
    String resource = className.replace('.', '/') + ".class";
    for (Module module : ModuleLayer.boot().modules()) {
      try (InputStream in = module.getResourceAsStream(resource)) {
        if (in != null) {
          return true;
        }
      } catch (IOException e) {
        // Unreadable: look on.
      }
    }
    return false;
  }

  @Override
  public List<String> javaArguments() {
    return Arrays.asList("-cp", classPath, className);
  }

  @Override
  public String defaultResultsFileName(String extension) {
    return className + extension;
  }

  @Override
  public Optional<Path> applicationJar() {
    return Optional.empty();
  }
}
