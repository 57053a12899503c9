package org.jkernprof.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that reads the results the test JVMs of this module wrote: report and check. */
abstract class ResultsMojo extends AbstractMojo {
  /** The same output file as prepare-agent's. */
  @Parameter(
      property = "jkernprof.outputFile",
      defaultValue = "${project.build.directory}/jkernprof/jkernprof.lprof")
  private File outputFile;

  /** The same mode as prepare-agent's. */
  @Parameter(property = "jkernprof.mode", defaultValue = "line")
  private String mode;

  /** Skips this goal. */
  @Parameter(property = "jkernprof.skip", defaultValue = "false")
  private boolean skip;

  /** Whether the goal is skipped; says so in the log if it is. */
  boolean skipped() {
    if (skip) {
      getLog().info("jkernprof: skipped (jkernprof.skip)");
    }
    return skip;
  }

  /** Whether the mode is function; fails for a mode that is neither. */
  boolean functionMode() throws MojoExecutionException {
    return Mode.isFunction(mode);
  }

  /** The files of the test JVMs, in the mode configured. */
  ResultsFiles resultsFiles() throws MojoExecutionException {
    return new ResultsFiles(outputFile.toPath(), functionMode());
  }
}
