package org.jkernprof.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import picocli.CommandLine;

/**
 * What a command says once a run has written its results: where they went, the exports asked for,
 * and the report with {@code -v} (else how to view it), as kernprof does. Shared by the profiling
 * command and {@code attach}.
 */
final class ResultsAnnouncement {
  private final CommandLine commandLine;
  private final ReportSettings report;
  private final ExportOptions exports;
  private final Path workingDirectory;
  private final boolean quiet;
  private final boolean view;
  private final boolean sourceText;

  /**
   * @param sourceText whether to save the methods' source text in line results
   */
  ResultsAnnouncement(
      CommandLine commandLine,
      ReportSettings report,
      ExportOptions exports,
      Path workingDirectory,
      boolean quiet,
      boolean view,
      boolean sourceText) {
    this.commandLine = commandLine;
    this.report = report;
    this.exports = exports;
    this.workingDirectory = workingDirectory;
    this.quiet = quiet;
    this.view = view;
    this.sourceText = sourceText;
  }

  /**
   * Announces {@code results} of {@code mode}; {@code applicationJar} is where the report also
   * looks for sources.
   */
  void announce(ResultsFile results, ProfilingMode mode, Optional<Path> applicationJar) {
    PrintWriter out = commandLine.getOut();
    if (sourceText && mode != ProfilingMode.FUNCTION) {
      SourceTextSaver.save(results.path(), report, workingDirectory, applicationJar)
          .ifPresent(commandLine.getErr()::println);
      commandLine.getErr().flush();
    }
    if (!quiet) {
      out.println("Wrote profile results to " + results.name());
    }
    out.flush();
    new Exports(exports, report, workingDirectory)
        .write(
            Collections.singletonList(results.path()), mode, applicationJar, commandLine.getErr());
    if (view && mode == ProfilingMode.FUNCTION) {
      out.print(
          StatsReportPrinter.render(
              Collections.singletonList(results.path()), report.statsOptions()));
    } else if (view) {
      out.print(
          ReportPrinter.render(
              Collections.singletonList(results.path()), report, workingDirectory, applicationJar));
    } else if (!quiet) {
      out.println("Inspect results with:");
      out.println(
          "jkernprof view "
              + ProfileCommand.shellQuoted(ProfileCommand.asArgument(results.name())));
    }
    out.flush();
  }
}
