package org.jkernprof.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jkernprof.report.JsonReport;
import org.jkernprof.report.MemoryReportRenderer;
import org.jkernprof.report.SourceResolver;
import org.jkernprof.report.TestsReportRenderer;
import org.jkernprof.report.TextReportRenderer;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.ResultsFormatException;

/** Reads saved results files, sums them, and renders their line report. */
final class ReportPrinter {
  private ReportPrinter() {}

  /**
   * The report of {@code files} summed.
   *
   * @param applicationJar the profiled jar, to find sources in the Maven layout around it; when
   *     empty it is taken from the command recorded in the first file, if that names a jar that
   *     exists
   */
  static String render(
      List<Path> files,
      ReportSettings settings,
      Path workingDirectory,
      Optional<Path> applicationJar) {
    LineResults results = readAll(files);
    return TextReportRenderer.render(
        results,
        sources(results, settings, workingDirectory, applicationJar),
        settings.reportOptions());
  }

  /**
   * The JSON document of {@code files} summed ({@link JsonReport}), with the times the text report
   * shows under {@code settings}.
   */
  static String renderDocument(
      List<Path> files,
      ReportSettings settings,
      Path workingDirectory,
      Optional<Path> applicationJar) {
    LineResults results = readAll(files);
    SourceResolver sources = sources(results, settings, workingDirectory, applicationJar);
    return JsonReport.of(results, sources, settings.reportOptions().withColor(false));
  }

  /**
   * The report of {@code files} summed and split by test; fails if they hold no tests.
   *
   * @param names how the files were named on the command line, for the error
   */
  static String renderByTest(
      List<Path> files, List<String> names, ReportSettings settings, Path workingDirectory) {
    LineResults results = readAll(files);
    if (results.tests().isEmpty()) {
      throw new CliException(
          String.join(", ", names)
              + (names.size() == 1 ? " holds" : " hold")
              + " no per-test results: run the tests with the jkernprof-junit5 extension"
              + " (see the README, 'Results per test')");
    }
    return TestsReportRenderer.render(
        results,
        sources(results, settings, workingDirectory, Optional.empty()),
        settings.reportOptions());
  }

  /**
   * The memory report of {@code files} summed, in memory_profiler's layout; fails if they hold no
   * memory figures.
   *
   * @param names how the files were named on the command line, for the error
   */
  static String renderMemory(
      List<Path> files, List<String> names, ReportSettings settings, Path workingDirectory) {
    LineResults results = readAll(files);
    if (!results.hasMemory()) {
      throw new CliException(
          String.join(", ", names)
              + (names.size() == 1 ? " holds" : " hold")
              + " no memory figures: profile with 'jkernprof -l -m'");
    }
    return MemoryReportRenderer.render(
        results,
        sources(results, settings, workingDirectory, Optional.empty()),
        settings.reportOptions());
  }

  /** The line-by-line results of {@code files}, summed; fails with the reader's message. */
  static LineResults readAll(List<Path> files) {
    List<LineResults> all = new ArrayList<>();
    for (Path file : files) {
      all.add(read(file));
    }
    return MergedResults.of(all, LineResults::merge);
  }

  /**
   * Where the report of {@code results} looks for sources: the settings' source path, then the
   * folders around the application's jar (given, or recorded in the results).
   */
  static SourceResolver sources(
      LineResults results,
      ReportSettings settings,
      Path workingDirectory,
      Optional<Path> applicationJar) {
    Optional<Path> jar =
        applicationJar.isPresent()
            ? applicationJar
            : recordedJar(results.run().command(), workingDirectory);
    return new SourceResolver(
        SourceResolver.searchPath(settings.sourceRoots(workingDirectory), workingDirectory, jar));
  }

  /** The line-by-line results in {@code file}; fails with the reader's message. */
  static LineResults read(Path file) {
    try {
      return LprofReader.read(file);
    } catch (ResultsFormatException e) {
      // Its message already names the file and the fault.
      throw new CliException(e.getMessage());
    } catch (IOException e) {
      throw new CliException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /**
   * The jar of {@code java -jar APP.jar ARGS}, whose command the JVM records as {@code APP.jar
   * ARGS}; relative to the folder the program ran in, taken to be the current one. Empty if the
   * program was a main class or the jar is gone.
   */
  static Optional<Path> recordedJar(String command, Path workingDirectory) {
    return SourceResolver.applicationJar(command, workingDirectory)
        .map(workingDirectory::resolve)
        .filter(Files::isRegularFile);
  }
}
