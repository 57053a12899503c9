package org.jkernprof.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jkernprof.report.ReportOptions;
import org.jkernprof.report.SortKey;
import org.jkernprof.report.StatsOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** The report options shared by the profiling command and {@code view}. */
final class ReportSettings {
  private static final List<String> LINE_BY_LINE_OPTIONS =
      Arrays.asList("--unit", "--source-path", "--sort-by-time");
  private static final List<String> FUNCTION_LEVEL_OPTIONS = Arrays.asList("--sort", "--top");

  @Option(
      names = {"-u", "--unit"},
      paramLabel = "SECONDS",
      converter = PositiveSeconds.class,
      description =
          "Unit of the line report's Time and Per Hit columns, in seconds (default: 1e-6).")
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
      description = "End the line report with one line per method giving its total time.")
  boolean summarize;

  @Option(
      names = {"-t", "--sort-by-time"},
      description =
          "Line report: order the methods (and the summary) by total time, longest first"
              + " (line_profiler's -t; --sort takes pstats keys for the function-level report).")
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

  @Mixin SourcePathOption sources;

  @Option(
      names = {"-s", "--sort"},
      paramLabel = "KEY",
      converter = SortKeyName.class,
      description =
          "Order of the function-level report, as pstats sorts: cumulative (the default),"
              + " tottime, ncalls, pcalls, name, filename, line, stdname.")
  SortKey sortKey = SortKey.CUMULATIVE;

  @Option(
      names = "--top",
      paramLabel = "N",
      converter = PositiveCount.class,
      description = "List only the first N methods of the function-level report.")
  Integer top;

  @Option(
      names = "--raw",
      fallbackValue = "true",
      description =
          "Print the times as measured, without subtracting the profiler's own cost. By default"
              + " each time is less what the profiler's probes added to it, as measured in the"
              + " profiled run itself; results saved by older versions are always as measured.")
  boolean raw;

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
        .withRaw(raw)
        .withColor(ColorMode.useColor(rich, color, terminal));
  }

  StatsOptions statsOptions() {
    StatsOptions options =
        StatsOptions.defaults()
            .withSortKey(sortKey)
            .withSkipZero(skipZero)
            .withSummarize(summarize)
            .withRaw(raw);
    return top == null ? options : options.withTop(top);
  }

  /**
   * The first option given that reports of {@code mode} cannot use, by its long name: the line
   * report's unit and sources mean nothing to the function-level report, and its order and length
   * nothing to the line report.
   */
  static Optional<String> optionNotFor(ProfilingMode mode, ParseResult given) {
    List<String> others =
        mode == ProfilingMode.LINE ? FUNCTION_LEVEL_OPTIONS : LINE_BY_LINE_OPTIONS;
    return others.stream().filter(given::hasMatchedOption).findFirst();
  }

  /** Every {@code --source-path} entry, in order, resolved against {@code workingDirectory}. */
  List<Path> sourceRoots(Path workingDirectory) {
    return sources.roots(workingDirectory);
  }
}
