package org.jkernprof.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jkernprof.report.ReportOptions;
import picocli.CommandLine.Option;

/** The report options shared by the profiling command and {@code view}. */
final class ReportSettings {
  @Option(
      names = {"-u", "--unit"},
      paramLabel = "SECONDS",
      converter = PositiveSeconds.class,
      description = "Unit of the Time and Per Hit columns, in seconds (default: 1e-6).")
  double unitSeconds = ReportOptions.DEFAULT_UNIT_SECONDS;

  // fallbackValue: with a default of true from jkernprof.properties, the flag must stay true
  // rather than toggle it off.
  @Option(
      names = {"-z", "--skip-zero"},
      fallbackValue = "true",
      description = "Leave out methods that never ran.")
  boolean skipZero;

  @Option(
      names = "--summarize",
      fallbackValue = "true",
      description = "End the report with one line per method giving its total time.")
  boolean summarize;

  @Option(
      names = "--source-path",
      paramLabel = "PATHS",
      description = {
        "Where to find the sources: folders or -sources.jar files, separated by"
            + " '${sys:path.separator}'. Repeatable. Searched first; then src/main/java and"
            + " src/test/java in the current folder, and the Maven layout around APP.jar."
      })
  List<String> sourcePath = new ArrayList<>();

  ReportOptions reportOptions() {
    return ReportOptions.defaults()
        .withUnit(unitSeconds)
        .withSkipZero(skipZero)
        .withSummarize(summarize);
  }

  /** Every {@code --source-path} entry, in order, resolved against {@code workingDirectory}. */
  List<Path> sourceRoots(Path workingDirectory) {
    List<Path> roots = new ArrayList<>();
    for (String option : sourcePath) {
      for (String entry : option.split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          roots.add(workingDirectory.resolve(entry));
        }
      }
    }
    return roots;
  }
}
