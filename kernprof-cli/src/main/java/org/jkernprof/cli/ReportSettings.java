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

  @Option(
      names = {"-z", "--skip-zero"},
      description = "Leave out methods that never ran.")
  boolean skipZero;

  @Option(
      names = "--summarize",
      description = "End the report with one line per method giving its total time.")
  boolean summarize;

  @Option(
      names = {"-t", "--sort"},
      description = "Order the methods (and the summary) by total time, longest first.")
  boolean sortByTime;

  @Option(
      names = {"-r", "--rich"},
      description =
          // picocli formats descriptions: %% prints one %.
          "Colour the report when standard output is a terminal (same as --color=auto):"
              + " syntax-highlighted source lines, and %% Time faint below 1 %%, yellow from"
              + " 10 %%, bold red from 30 %%.")
  boolean rich;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      converter = ColorMode.Converter.class,
      description =
          "Colour the report: auto (only when standard output is a terminal, NO_COLOR is unset"
              + " and TERM is not dumb), always, or never. Default: no colours unless -r.")
  ColorMode color;

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
    return reportOptions(Terminal.current());
  }

  /** The options, colours decided for the report going to {@code terminal}. */
  ReportOptions reportOptions(Terminal terminal) {
    return ReportOptions.defaults()
        .withUnit(unitSeconds)
        .withSkipZero(skipZero)
        .withSummarize(summarize)
        .withSortByTime(sortByTime)
        .withColor(ColorMode.useColor(rich, color, terminal));
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
