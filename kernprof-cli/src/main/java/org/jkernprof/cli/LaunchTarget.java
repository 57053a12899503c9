package org.jkernprof.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The program to profile, checked to exist, and how the {@code java} command starts it. */
interface LaunchTarget {
  /**
   * The {@code java} arguments that select the program: {@code -jar APP.jar} or {@code -cp CP
   * MAIN}.
   */
  List<String> javaArguments();

  /**
   * The results file's name when none is given: {@code APP.jar.lprof} or {@code MAIN.lprof} for the
   * {@code extension} {@code .lprof}.
   */
  String defaultResultsFileName(String extension);

  /** The application jar, where the report also looks for sources. */
  Optional<Path> applicationJar();
}
