package org.jkernprof.agent.output;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import org.jkernprof.report.ReportOptions;
import org.jkernprof.report.SourceResolver;
import org.jkernprof.report.TextReportRenderer;
import org.jkernprof.results.LineResults;

/**
 * Prints the line report at exit for the agent's {@code verbose} option, with sources from the
 * standard search path around the working directory and the application jar.
 */
public final class VerboseReport {
  private VerboseReport() {}

  /**
   * @param raw whether to print times as measured, the profiler's own cost included
   */
  public static void print(LineResults results, PrintStream out, PrintStream err, boolean raw) {
    try {
      Path workingDirectory = Paths.get("").toAbsolutePath();
      Optional<Path> applicationJar =
          SourceResolver.applicationJar(
              System.getProperty("sun.java.command", ""), workingDirectory);
      List<Path> searchPath =
          SourceResolver.searchPath(List.of(), workingDirectory, applicationJar);
      String report =
          TextReportRenderer.render(
              results,
              new SourceResolver(searchPath, workingDirectory),
              ReportOptions.defaults().withRaw(raw));
      out.print(report);
      out.flush();
    } catch (RuntimeException | Error e) {
      // Runs in a shutdown hook: one line, and the results file is already written.
      err.println("jkernprof: cannot print the line report: " + e);
    }
  }
}
