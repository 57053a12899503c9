package org.jkernprof.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code jkernprof view FILE...}: prints the report of saved results, the line report for {@code
 * .lprof} files, the function-level report (or its callers and callees) for {@code .prof} files.
 */
@Command(
    name = "view",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints the report of saved results. Several files are summed, e.g. the runs of one"
          + " program in several JVMs.",
      "Line-by-line results (.lprof, from -l) give the line report; function-level results"
          + " (.prof) the pstats-style report, or with --callers/--callees who called the"
          + " matching methods and what they called. The kind is read from each file, not its"
          + " name, and cannot be mixed.",
    },
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  jkernprof view demo.jar.lprof",
      "  jkernprof view -z -u 1e-3 run1.lprof run2.lprof",
      "  jkernprof view --color=always -t --summarize demo.jar.lprof | less -R",
      "  jkernprof view -s tottime --top 10 demo.jar.prof",
      "  jkernprof view --callers generateData --callees main demo.jar.prof",
      "  jkernprof view --collapsed demo.folded demo.jar.prof",
      "  jkernprof view --html demo.html demo.jar.lprof",
      "  jkernprof view --by-test target/jkernprof/*.lprof",
      "  jkernprof view --memory demo.jar.lprof"
    })
final class ViewCommand implements Callable<Integer> {
  /** The options that only function-level results can answer. */
  private static final List<String> CALL_OPTIONS =
      Arrays.asList("--callers", "--callees", "--collapsed");

  /** The options that only line-by-line results can answer, beside the report settings'. */
  private static final List<String> LINE_OPTIONS = Arrays.asList("--by-test", "--memory");

  private final Path workingDirectory;

  @Spec CommandSpec spec;

  @Mixin ReportSettings report;

  @Option(
      names = "--callers",
      paramLabel = "METHOD",
      description = {
        "Function level: show who called each method that matches METHOD, with the calls and"
            + " the method's own and cumulative time in them. METHOD is found anywhere in"
            + " 'File.java:LINE(Class.method)'; * stands for any characters, ? for one:"
            + " generateData, 'ClassicExample.process*'."
      })
  String callers;

  @Option(
      names = "--callees",
      paramLabel = "METHOD",
      description = "Function level: show what each method that matches METHOD called.")
  String callees;

  @Mixin ExportOptions exports;

  @Option(
      names = "--by-test",
      description = {
        "Line by line: split the report by test. Each test that ran profiled code gets its"
            + " own report of the lines it drove; tests come in the order they ended, or with -t"
            + " the slowest first. Needs results of tests run with the jkernprof-junit5"
            + " extension (or JKernprof.beginTest)."
      })
  boolean byTest;

  @Option(
      names = "--memory",
      description = {
        "Line by line, from a run with -m: print memory_profiler's layout, Mem usage (heap in use"
            + " when the line last ran), Increment (bytes the line allocated) and Occurrences."
      })
  boolean memory;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Results written by jkernprof: FILE.lprof (with -l) or FILE.prof (function level).")
  List<String> files = new ArrayList<>();

  ViewCommand(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  @Override
  public Integer call() {
    List<Path> paths = new ArrayList<>();
    for (String file : files) {
      try {
        paths.add(workingDirectory.resolve(file));
      } catch (InvalidPathException e) {
        throw new CliException("cannot read " + file + ": " + e.getMessage());
      }
    }
    ProfilingMode mode = savedMode(paths);
    checkOptionsFit(mode);
    if (memory && byTest) {
      throw new ParameterException(
          spec.commandLine(), "options '--memory' and '--by-test' cannot be combined");
    }
    PrintWriter out = spec.commandLine().getOut();
    new Exports(exports, report, workingDirectory)
        .write(paths, mode, Optional.empty(), spec.commandLine().getErr());
    if (mode == ProfilingMode.FUNCTION) {
      out.print(
          StatsReportPrinter.render(
              paths,
              report.statsOptions(),
              Optional.ofNullable(callers),
              Optional.ofNullable(callees)));
    } else if (memory) {
      out.print(ReportPrinter.renderMemory(paths, files, report, workingDirectory));
    } else if (byTest) {
      out.print(ReportPrinter.renderByTest(paths, files, report, workingDirectory));
    } else {
      out.print(ReportPrinter.render(paths, report, workingDirectory, Optional.empty()));
    }
    out.flush();
    return 0;
  }

  /** The kind of results every file holds, told by its signature. */
  private ProfilingMode savedMode(List<Path> paths) {
    List<ProfilingMode> modes = new ArrayList<>();
    for (Path path : paths) {
      modes.add(ProfilingMode.ofSavedFile(path));
    }
    ProfilingMode mode = modes.get(0);
    if (modes.contains(mode.other())) {
      throw mixedKinds(paths, modes);
    }
    return mode;
  }

  /** Fails with a usage error if an option was given that reports of {@code mode} cannot use. */
  private void checkOptionsFit(ProfilingMode mode) {
    ParseResult given = spec.commandLine().getParseResult();
    Optional<String> unfit = ReportSettings.optionNotFor(mode, given);
    if (!unfit.isPresent()) {
      List<String> others = mode == ProfilingMode.LINE ? CALL_OPTIONS : LINE_OPTIONS;
      unfit = others.stream().filter(given::hasMatchedOption).findFirst();
    }
    if (unfit.isPresent()) {
      throw new ParameterException(
          spec.commandLine(),
          "option '"
              + unfit.get()
              + "' applies to "
              + mode.other().adjective()
              + " results only, and "
              + files.get(0)
              + " holds "
              + mode.adjective()
              + " results");
    }
  }

  /**
   * The error for files of both kinds; but first each file that is not function-level results is
   * read as line-by-line results, so that a missing or corrupt one is reported as such.
   */
  private CliException mixedKinds(List<Path> paths, List<ProfilingMode> modes) {
    for (int i = 0; i < paths.size(); i++) {
      if (modes.get(i) == ProfilingMode.LINE) {
        ReportPrinter.read(paths.get(i));
      }
    }
    return new CliException(
        "cannot view "
            + files.get(modes.indexOf(ProfilingMode.LINE))
            + " and "
            + files.get(modes.indexOf(ProfilingMode.FUNCTION))
            + " together: one holds line-by-line results, the other function-level results");
  }
}
