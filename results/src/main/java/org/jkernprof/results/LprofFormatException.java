package org.jkernprof.results;

import java.io.IOException;
import java.nio.file.Path;

/** A file that is not a readable {@code .lprof} file; the message names the file and the fault. */
public final class LprofFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  LprofFormatException(Path file, String problem) {
    super(file + ": " + problem);
  }
}
