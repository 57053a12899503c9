package org.jkernprof.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jkernprof.report.DiffComparison;
import org.jkernprof.report.DiffDocument;
import org.jkernprof.report.DiffReportRenderer;
import org.jkernprof.report.HtmlDiffReport;
import org.jkernprof.report.ReportOptions;
import org.jkernprof.report.SourceResolver;
import org.jkernprof.report.StatsDiffRenderer;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionResultsDiff;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineResultsDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code jkernprof diff BASE NEW}: what changed between two runs, hits or calls first (they are
 * exact, so every changed count is a real change), with the times and allocated bytes of both.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compares two runs: hits or calls before and after, exact, and times with their ratio.",
      "Line-by-line runs (.lprof): for each method whose hits changed, largest change first, every"
          + " line's hits before and after, the change, the time before and after with their"
          + " ratio, and the allocated bytes when both runs counted them (-m). Hits are exact:"
          + " the same input runs the same lines the same number of times, so a changed count is"
          + " a real change. Function-level runs (.prof) give pstats's table before and after:"
          + " calls (exact), own and cumulative time with their ratios, the methods whose calls"
          + " changed first.",
      "Methods only one side has are listed as new or vanished. Lines are paired by their text"
          + " when the base run saved its methods' source text (jkernprof saves it in the results"
          + " when it finds the sources) or with --base-source-path, else by number; the text"
          + " shown is the one the newer run saved, else today's. Times vary from run to run: '~'"
          + " marks a time change within the noise, told from the sample counts of --timer=sampled runs, or from two runs or"
          + " more a side (A1.lprof,A2.lprof B1.lprof,B2.lprof).",
      "With --html, line-by-line runs are also written as one HTML page, the heat maps of both runs"
          + " side by side."
    },
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  jkernprof diff before.lprof after.lprof",
      "  jkernprof diff --all -u 1e-3 main.lprof branch.lprof",
      "  jkernprof diff --html diff.html before.lprof after.lprof",
      "  jkernprof diff main.jar.prof branch.jar.prof",
      "  jkernprof diff a1.lprof,a2.lprof,a3.lprof b1.lprof,b2.lprof,b3.lprof",
      "  jkernprof diff base/target/jkernprof target/jkernprof"
    })
final class DiffCommand implements Callable<Integer> {
  /** The options only line-by-line results use. */
  private static final List<String> LINE_ONLY =
      List.of("--unit", "--source-path", "--base-source-path", "--html", "--json");

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
      names = "--base-source-path",
      paramLabel = "PATHS",
      description = {
        "The sources as they were for BASE (folders or -sources.jar files, separated by"
            + " '${sys:path.separator}'; e.g. a 'git worktree' of the base commit): each method's"
            + " lines are then paired by their text, so that lines an edit moved keep their"
            + " partners; a line whose text changed is marked '!', and a line that is gone is"
            + " listed after the method's lines. Without it, lines are paired by the text the"
            + " base run saved, or by number if it saved none."
      })
  List<String> baseSourcePath = new ArrayList<>();

  @Option(
      names = "--html",
      paramLabel = "OUT",
      description = {
        "Line by line: also write the diff as one HTML page to OUT (no network needed, opens from"
            + " disk): the methods the text shows, each line's hits before and after, and two heat"
            + " maps side by side, each line shaded by its share of the method's time before and"
            + " after; lines whose hits changed stand out."
      })
  String html;

  @Option(
      names = "--json",
      paramLabel = "OUT",
      description = {
        "Line by line: also write the diff as JSON to OUT: the HTML page's data, schema in"
            + " docs/json-report.md (kind diff)."
      })
  String json;

  @Option(
      names = "--raw",
      description = "Compare the times as measured, without taking out the profiler's own cost.")
  boolean raw;

  @Parameters(
      index = "0",
      paramLabel = "BASE",
      description =
          "The earlier run: a .lprof or .prof file, the files of one run joined by '+' or a folder"
              + " of them (the JVMs of a Maven build, summed), or several runs separated by ','"
              + " (figures per run, and the spread of their times).")
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
    DiffSide basePaths = DiffSide.parse(base, workingDirectory);
    DiffSide changedPaths = DiffSide.parse(changed, workingDirectory);
    List<Path> all = new ArrayList<>(basePaths.allFiles());
    all.addAll(changedPaths.allFiles());
    ProfilingMode mode =
        ProfilingMode.ofSavedFiles(
            all,
            other ->
                new CliException(
                    "cannot compare "
                        + base
                        + " with "
                        + changed
                        + ": one holds line-by-line results, the other function-level results"));
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        mode == ProfilingMode.FUNCTION
            ? functions(basePaths, changedPaths)
            : lines(basePaths, changedPaths));
    out.flush();
    return 0;
  }

  private String lines(DiffSide basePaths, DiffSide changedPaths) {
    List<LineResults> before = new ArrayList<>();
    basePaths.runs().forEach(files -> before.add(ReportPrinter.readAll(files)));
    List<LineResults> after = new ArrayList<>();
    changedPaths.runs().forEach(files -> after.add(ReportPrinter.readAll(files)));
    List<LineResults> runs = new ArrayList<>(before);
    runs.addAll(after);
    requireOneTimer(runs.stream().map(LineResults::isSampled).distinct().count());
    SourceResolver resolver =
        new SourceResolver(
            SourceResolver.searchPath(
                sources.roots(workingDirectory), workingDirectory, Optional.empty()));
    ReportOptions options =
        ReportOptions.defaults().withUnit(unitSeconds).withRaw(raw).withColor(false);
    // Only where the user said: the current folder's sources are today's, not the base's.
    Optional<SourceResolver> baseResolver =
        baseSourcePath.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new SourceResolver(SourcePathOption.roots(baseSourcePath, workingDirectory)));
    // Parsed once for the text and the page; coloured only for a page.
    DiffComparison compared =
        DiffComparison.of(
            LineResultsDiff.of(before, after),
            resolver,
            baseResolver,
            html != null || json != null);
    writeExports(compared, options);
    return DiffReportRenderer.render(compared, base, changed, options, all);
  }

  /**
   * Writes the JSON document and the page asked for, each named in one line on standard error, as
   * {@code view} does, before the text goes to standard output.
   *
   * @throws CliException if one cannot be written
   */
  private void writeExports(DiffComparison compared, ReportOptions options) {
    if (html == null && json == null) {
      return;
    }
    // One document for both: the page embeds exactly what the JSON file holds.
    String document = DiffDocument.render(compared, base, changed, options, all);
    PrintWriter err = spec.commandLine().getErr();
    if (json != null) {
      OutputFile.write(workingDirectory, json, document);
      err.println("jkernprof: wrote the diff as JSON to " + json);
    }
    if (html != null) {
      OutputFile.write(workingDirectory, html, HtmlDiffReport.around(document));
      err.println("jkernprof: wrote the HTML diff to " + html);
    }
    err.flush();
  }

  private String functions(DiffSide basePaths, DiffSide changedPaths) {
    ParseResult given = spec.commandLine().getParseResult();
    for (String option : LINE_ONLY) {
      if (given.hasMatchedOption(option)) {
        throw new ParameterException(
            spec.commandLine(),
            "option '"
                + option
                + "' applies to line-by-line results only, and "
                + base
                + " holds function-level results");
      }
    }
    List<FunctionResults> before = new ArrayList<>();
    basePaths.runs().forEach(files -> before.add(functionResults(files)));
    List<FunctionResults> after = new ArrayList<>();
    changedPaths.runs().forEach(files -> after.add(functionResults(files)));
    List<FunctionResults> runs = new ArrayList<>(before);
    runs.addAll(after);
    requireOneTimer(runs.stream().map(FunctionResults::isSampled).distinct().count());
    return StatsDiffRenderer.render(FunctionResultsDiff.of(before, after), base, changed, all);
  }

  /**
   * One run's function-level results (its files summed), less the profiler's cost each file's JVM
   * measured unless raw.
   */
  private FunctionResults functionResults(List<Path> files) {
    FunctionResults results = StatsReportPrinter.read(files);
    return raw ? results : results.lessProbeCost();
  }

  private void requireOneTimer(long timers) {
    if (timers > 1) {
      throw new CliException(
          "cannot compare "
              + base
              + " with "
              + changed
              + ": one was timed by the clock, the other by samples (--timer); compare runs of"
              + " one timer");
    }
  }
}
