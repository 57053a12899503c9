package org.jkernprof.results;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that is not a readable results file, {@code .lprof} or {@code .prof}; the message names
 * the file and the fault.
 */
public final class ResultsFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  ResultsFormatException(Path file, String problem) {
    super(file + ": " + problem);
  }
}
