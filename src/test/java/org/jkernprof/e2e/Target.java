package org.jkernprof.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One target program: its main class, the source file whose {@code // hits(N)} comments state what
 * the agent must record, and how to run it. Immutable.
 */
final class Target {
  final String mainClass;
  final Path source;
  final List<Path> classpath;
  final Path javaHome;
  final List<String> args;

  Target(String mainClass, Path source, List<Path> classpath, Path javaHome, List<String> args) {
    this.mainClass = mainClass;
    this.source = source;
    this.classpath = List.copyOf(classpath);
    this.javaHome = javaHome;
    this.args = List.copyOf(args);
  }

  /** A target compiled by Maven into the test classes, its source in this module's tree. */
  static Target compiledByMaven(Class<?> main) {
    Class<?> top = main;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    Path source = BuildPaths.sourceDir().resolve(top.getName().replace('.', '/') + ".java");
    return new Target(
        main.getName(),
        source,
        List.of(BuildPaths.testClasses(), BuildPaths.annotationsClasspath()),
        BuildPaths.currentJavaHome(),
        List.of());
  }

  Target withArgs(String... newArgs) {
    return new Target(mainClass, source, classpath, javaHome, List.of(newArgs));
  }

  /** The binary name of the top-level class declared by {@link #source}. */
  String topLevelClass() {
    int dollar = mainClass.indexOf('$');
    return dollar < 0 ? mainClass : mainClass.substring(0, dollar);
  }

  /** {@code java OPTIONS -cp CLASSPATH MAIN ARGS}. */
  List<String> command(List<String> jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin").resolve("java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(
        classpath.stream()
            .map(Path::toString)
            .collect(Collectors.joining(java.io.File.pathSeparator)));
    command.add(mainClass);
    command.addAll(args);
    return command;
  }
}
