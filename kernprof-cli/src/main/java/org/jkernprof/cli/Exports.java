package org.jkernprof.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jkernprof.report.HtmlReport;

/** Writes the exports the user asked for ({@link ExportOptions}) of saved results files. */
final class Exports {
  private final ExportOptions options;
  private final ReportSettings settings;
  private final Path workingDirectory;

  Exports(ExportOptions options, ReportSettings settings, Path workingDirectory) {
    this.options = options;
    this.settings = settings;
    this.workingDirectory = workingDirectory;
  }

  /**
   * Writes every export asked for of {@code files} summed, each named in one line on {@code err}.
   *
   * @param applicationJar the profiled jar, to find line results' sources around it
   * @throws CliException if one cannot be written; those before it are written
   */
  void write(List<Path> files, ProfilingMode mode, Optional<Path> applicationJar, PrintWriter err) {
    if (options.collapsed != null) {
      int stacks =
          StatsReportPrinter.writeCollapsed(
              files, workingDirectory, options.collapsed, settings.statsOptions().raw());
      err.println("jkernprof: wrote " + stacks + " stacks to " + options.collapsed);
    }
    if (options.json == null && options.html == null) {
      err.flush();
      return;
    }
    // One document for both: the page embeds exactly what the JSON file holds.
    String json = document(files, mode, applicationJar);
    if (options.json != null) {
      OutputFile.write(workingDirectory, options.json, json);
      err.println("jkernprof: wrote the results as JSON to " + options.json);
    }
    if (options.html != null) {
      OutputFile.write(workingDirectory, options.html, HtmlReport.around(json));
      err.println("jkernprof: wrote the HTML report to " + options.html);
    }
    err.flush();
  }

  private String document(List<Path> files, ProfilingMode mode, Optional<Path> applicationJar) {
    return mode == ProfilingMode.FUNCTION
        ? StatsReportPrinter.renderDocument(files, settings.statsOptions().raw())
        : ReportPrinter.renderDocument(files, settings, workingDirectory, applicationJar);
  }
}
