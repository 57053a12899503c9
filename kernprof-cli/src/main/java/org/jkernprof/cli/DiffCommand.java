package org.jkernprof.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jkernprof.report.DiffReportRenderer;
import org.jkernprof.report.ReportOptions;
import org.jkernprof.report.SourceResolver;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineResultsDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jkernprof diff BASE NEW}: what changed between two line-by-line runs, hits first (they are
 * exact, so every changed count is a real change), with the times and allocated bytes of both.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compares two line-by-line runs (.lprof): for each method whose hits changed, largest change"
          + " first, every line's hits before and after, the change, the time before and after"
          + " with their ratio, and the allocated bytes when both runs counted them (-m). Hits"
          + " are exact: the same input runs the same lines the same number of times, so a"
          + " changed count is a real change.",
      "Methods only one side has are listed as new or vanished. Lines are matched by number; the"
          + " source shown is today's. Times vary from run to run: '~' marks a time change within"
          + " the noise, told from the sample counts of --timer=sampled runs, or from two runs or"
          + " more a side (A1.lprof,A2.lprof B1.lprof,B2.lprof)."
    },
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  jkernprof diff before.lprof after.lprof",
      "  jkernprof diff --all -u 1e-3 main.lprof branch.lprof",
      "  jkernprof diff a1.lprof,a2.lprof,a3.lprof b1.lprof,b2.lprof,b3.lprof"
    })
final class DiffCommand implements Callable<Integer> {
  private final Path workingDirectory;

  @Spec CommandSpec spec;

  @Option(
      names = "--all",
      description = "Also list the methods whose hits did not change (their times may have).")
  boolean all;

  @Option(
      names = {"-u", "--unit"},
      paramLabel = "SECONDS",
      converter = PositiveSeconds.class,
      description = "Unit of the Time columns, in seconds (default: 1e-6).")
  double unitSeconds = ReportOptions.DEFAULT_UNIT_SECONDS;

  @Mixin SourcePathOption sources;

  @Option(
      names = "--raw",
      description = "Compare the times as measured, without taking out the profiler's own cost.")
  boolean raw;

  @Parameters(
      index = "0",
      paramLabel = "BASE",
      description =
          "The earlier run: a .lprof file, or several runs separated by ',' (figures per run,"
              + " and the spread of their times).")
  String base;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description = "The run to compare with it, the same way.")
  String changed;

  DiffCommand(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  @Override
  public Integer call() {
    List<LineResults> before = read(base);
    List<LineResults> after = read(changed);
    List<LineResults> runs = new ArrayList<>(before);
    runs.addAll(after);
    if (runs.stream().anyMatch(LineResults::isSampled)
        && !runs.stream().allMatch(LineResults::isSampled)) {
      throw new CliException(
          "cannot compare "
              + base
              + " with "
              + changed
              + ": one was timed by the clock, the other by samples (--timer); compare runs of"
              + " one timer");
    }
    SourceResolver resolver =
        new SourceResolver(
            SourceResolver.searchPath(
                sources.roots(workingDirectory), workingDirectory, Optional.empty()));
    ReportOptions options =
        ReportOptions.defaults().withUnit(unitSeconds).withRaw(raw).withColor(false);
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        DiffReportRenderer.render(
            LineResultsDiff.of(before, after), base, changed, resolver, options, all));
    out.flush();
    return 0;
  }

  /** The line-by-line results of each file {@code names} names, a run each. */
  private List<LineResults> read(String names) {
    List<LineResults> all = new ArrayList<>();
    for (String name : names.split(",")) {
      Path path;
      try {
        path = workingDirectory.resolve(name);
      } catch (InvalidPathException e) {
        throw new CliException("cannot read " + name + ": " + e.getMessage());
      }
      if (ProfilingMode.ofSavedFile(path) == ProfilingMode.FUNCTION) {
        throw new CliException(
            "cannot compare "
                + name
                + ": it holds function-level results; diff compares line-by-line results (-l)");
      }
      all.add(ReportPrinter.read(path));
    }
    return all;
  }
}
