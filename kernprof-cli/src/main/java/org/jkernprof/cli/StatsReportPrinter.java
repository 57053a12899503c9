package org.jkernprof.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jkernprof.report.CollapsedStacks;
import org.jkernprof.report.StatsOptions;
import org.jkernprof.report.StatsReportRenderer;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.ProfReader;
import org.jkernprof.results.ResultsFormatException;

/** Reads saved function-level results files, sums them, and renders their reports. */
final class StatsReportPrinter {
  private StatsReportPrinter() {}

  /** The stats report of {@code files} summed. */
  static String render(List<Path> files, StatsOptions options) {
    return StatsReportRenderer.render(read(files), options);
  }

  /**
   * The callers and then the callees of the methods that match the patterns, as far as given; with
   * neither pattern, the stats report.
   */
  static String render(
      List<Path> files, StatsOptions options, Optional<String> callers, Optional<String> callees) {
    FunctionResults results = read(files);
    if (!callers.isPresent() && !callees.isPresent()) {
      return StatsReportRenderer.render(results, options);
    }
    StringBuilder out = new StringBuilder();
    callers.ifPresent(p -> out.append(StatsReportRenderer.renderCallers(results, options, p)));
    callees.ifPresent(p -> out.append(StatsReportRenderer.renderCallees(results, options, p)));
    return out.toString();
  }

  /**
   * Writes the folded stacks of {@code results} to {@code targetName}, in {@code workingDirectory}
   * ({@link CollapsedStacks}): the sampled timer's stacks, or the clock timer's call paths, whose
   * own times are less the profiler's own cost unless {@code raw}.
   *
   * @return how many distinct stacks were written
   */
  static int writeCollapsed(
      FunctionResults results, Path workingDirectory, String targetName, boolean raw) {
    if (results.stacks().isEmpty() && results.paths().isEmpty()) {
      throw new CliException(
          "--collapsed needs call stacks, and these results have none: files of the clock timer"
              + " keep their call paths from .prof format 1.4 on; profile again to get them");
    }
    String stacks = CollapsedStacks.render(raw ? results : results.lessProbeCost());
    OutputFile.write(workingDirectory, targetName, stacks);
    return (int) stacks.chars().filter(c -> c == '\n').count();
  }

  /** The function-level results of {@code files} summed; fails with the reader's message. */
  static FunctionResults read(List<Path> files) {
    List<FunctionResults> all = new ArrayList<>();
    for (Path file : files) {
      try {
        all.add(ProfReader.read(file));
      } catch (ResultsFormatException e) {
        // Its message already names the file and the fault.
        throw new CliException(e.getMessage());
      } catch (IOException e) {
        throw new CliException("cannot read " + file + ": " + e.getMessage());
      }
    }
    return MergedResults.of(all, FunctionResults::merge);
  }
}
