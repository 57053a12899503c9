package org.jkernprof.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jkernprof.report.HtmlReport;
import org.jkernprof.report.JsonReport;
import org.jkernprof.results.FunctionResults;

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
    boolean document = options.json != null || options.html != null;
    // Function results are read once for the stacks and the document.
    FunctionResults calls =
        mode == ProfilingMode.FUNCTION && (document || options.collapsed != null)
            ? StatsReportPrinter.read(files)
            : null;
    boolean raw = settings.statsOptions().raw();
    if (options.collapsed != null) {
      int stacks =
          StatsReportPrinter.writeCollapsed(calls, workingDirectory, options.collapsed, raw);
      err.println("jkernprof: wrote " + stacks + " stacks to " + options.collapsed);
    }
    if (document) {
      // One document for both: the page embeds exactly what the JSON file holds.
      String json =
          calls != null
              ? JsonReport.of(calls, raw)
              : ReportPrinter.renderDocument(files, settings, workingDirectory, applicationJar);
      if (options.json != null) {
        OutputFile.write(workingDirectory, options.json, json);
        err.println("jkernprof: wrote the results as JSON to " + options.json);
      }
      if (options.html != null) {
        OutputFile.write(workingDirectory, options.html, HtmlReport.around(json));
        err.println("jkernprof: wrote the HTML report to " + options.html);
      }
    }
    err.flush();
  }
}
