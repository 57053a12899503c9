package org.jkernprof.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * A running JVM that the attach command may join: its process id and what it reports as its command
 * line ({@code VirtualMachineDescriptor.displayName()}: the main class or jar, then the arguments).
 * Immutable.
 */
final class AttachableJvm {
  private final long pid;
  private final String displayName;

  AttachableJvm(long pid, String displayName) {
    this.pid = pid;
    this.displayName = displayName == null ? "" : displayName.trim();
  }

  long pid() {
    return pid;
  }

  /** The main class or jar as the JVM reports it, as {@code jps -l} shows it; may be empty. */
  String main() {
    return displayName.split("\\s+", 2)[0];
  }

  /** The results file's name when none is given, as the profiling command names it. */
  String defaultResultsFileName(String extension) {
    String main = main();
    if (main.isEmpty()) {
      return "jkernprof" + extension;
    }
    Path name = Paths.get(main).getFileName();
    return (name == null ? main : name.toString()) + extension;
  }

  /** The application jar, where reports also look for sources, if it runs from one we can see. */
  Optional<Path> applicationJar() {
    String main = main();
    if (!main.endsWith(".jar")) {
      return Optional.empty();
    }
    Path jar = Paths.get(main);
    return jar.isAbsolute() && jar.toFile().isFile() ? Optional.of(jar) : Optional.empty();
  }

  /** {@code PID MAIN}, one line of {@code jkernprof ps}. */
  String listing() {
    String main = main();
    return main.isEmpty() ? Long.toString(pid) : pid + " " + main;
  }
}
