package org.jkernprof.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jkernprof.report.SavedSources;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LprofReader;

/**
 * Adds the profiled methods' source text to a line results file a run has just written, while the
 * sources are at hand, so that {@code jkernprof diff} can later pair its lines by their text and a
 * report can be read where the sources are not. The file is rewritten atomically, and only when
 * some text was found; a failure leaves it as the run wrote it.
 */
final class SourceTextSaver {
  private SourceTextSaver() {}

  /**
   * Saves the text in {@code file}; a one-line warning if that failed (the results are still there,
   * without the text).
   */
  static Optional<String> save(
      Path file, ReportSettings settings, Path workingDirectory, Optional<Path> applicationJar) {
    try {
      LineResults results = LprofReader.read(file);
      SavedSources.saveIn(
          file,
          results,
          ReportPrinter.sources(results, settings, workingDirectory, applicationJar));
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.of(
          "jkernprof: could not save the source text in "
              + file.getFileName()
              + " (the results are kept without it): "
              + e.getMessage());
    }
  }
}
