package org.jkernprof.maven;

import org.apache.maven.plugin.MojoExecutionException;

/** The {@code mode} parameter: {@code line} or {@code function}. */
final class Mode {
  private Mode() {}

  static boolean isFunction(String mode) throws MojoExecutionException {
    if ("line".equals(mode)) {
      return false;
    }
    if ("function".equals(mode)) {
      return true;
    }
    throw new MojoExecutionException("jkernprof: mode is line or function, not '" + mode + "'");
  }
}
