package org.jkernprof.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jkernprof.report.ReportOptions;
import org.jkernprof.report.SourceResolver;
import org.jkernprof.report.TextReportRenderer;
import org.jkernprof.results.LprofReader;

/**
 * Prints the line report of a results file with the times as measured, the profiler's own cost
 * included: what {@code jkernprof view --raw} is to print, through the same renderer option, for as
 * long as the command has no such flag. Runs with the agent jar on the class path.
 *
 * <p>Usage: {@code MeasuredReport RESULTS_FILE UNIT_SECONDS}.
 */
public final class MeasuredReport {
  private MeasuredReport() {}

  public static void main(String[] args) throws IOException {
    System.out.print(
        TextReportRenderer.render(
            LprofReader.read(Path.of(args[0])),
            new SourceResolver(List.of()),
            ReportOptions.defaults().withUnit(Double.parseDouble(args[1])).withRaw(true)));
  }
}
