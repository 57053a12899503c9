package org.jkernprof.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jkernprof.check.Breach;
import org.jkernprof.check.BudgetCheck;
import org.jkernprof.check.BudgetRule;
import org.jkernprof.check.BudgetRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jkernprof check --rules FILE RESULTS...}: the budgets of a rules file against saved
 * results, for any build tool; exit code 1 when one is broken.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks performance budgets (a rules file) against saved results; exit code 1 if one broke.",
      "Prints one line per broken rule (the method, the figure and the limit) and exits with 1,"
          + " or a summary and 0. Hits and calls are exact, so a budget on them never fails by"
          + " chance; times vary.",
      "A rules file holds one rule per line, METHOD[:LINE] MEASURE <= LIMIT, METHOD a pattern as"
          + " for --include; '#' starts a comment. Measures: hits (line-by-line results: a"
          + " line's, or the sum of a method's lines), calls (function-level results), allocated"
          + " (bytes, runs with -m: 2MiB, 512KiB, 1000), time-per-hit (a line's per hit, or with"
          + " function-level results a method's per call: 150ns, 2us, 1.5ms). A rule that"
          + " matches no profiled method is broken too."
    },
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  jkernprof check --rules budgets.txt app.jar.lprof",
      "  jkernprof check --rules budgets.txt target/jkernprof/*.lprof",
      "",
      "budgets.txt:",
      "  com.acme.Parser#parse        hits         <= 120000",
      "  com.acme.Parser#parse:57     time-per-hit <= 150ns",
      "  com.acme.Parser#*            allocated    <= 2MiB"
    })
final class CheckCommand implements Callable<Integer> {
  private final Path workingDirectory;

  @Spec CommandSpec spec;

  @Option(
      names = "--rules",
      required = true,
      paramLabel = "FILE",
      description = "The rules file: one rule per line, METHOD[:LINE] MEASURE <= LIMIT.")
  String rules;

  @Parameters(
      arity = "1..*",
      paramLabel = "RESULTS",
      description =
          "Results of one kind, .lprof (-l) or .prof, or folders of them (a Maven build's"
              + " target/jkernprof); several are summed.")
  List<String> files = new ArrayList<>();

  CheckCommand(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  @Override
  public Integer call() {
    List<BudgetRule> budget = readRules();
    List<Path> paths = new ArrayList<>();
    for (String file : files) {
      paths.addAll(ResultsArgument.files(file, workingDirectory));
    }
    ProfilingMode mode =
        ProfilingMode.ofSavedFiles(
            paths,
            other ->
                new CliException(
                    "cannot check "
                        + shown(other)
                        + " with "
                        + shown(paths.get(0))
                        + ": one holds line-by-line results, the other function-level results"));
    BudgetCheck check;
    try {
      check =
          mode == ProfilingMode.FUNCTION
              ? BudgetCheck.of(budget, StatsReportPrinter.read(paths))
              : BudgetCheck.of(budget, ReportPrinter.readAll(paths));
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Breach breach : check.breaches()) {
      out.println("broken: " + breach.message());
    }
    out.println("jkernprof check: " + check.summary());
    out.flush();
    return check.passed() ? 0 : 1;
  }

  private List<BudgetRule> readRules() {
    Path file = resolve(rules);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliException("cannot read the rules file " + rules + ": no such file");
    } catch (IOException e) {
      throw new CliException("cannot read the rules file " + rules + ": " + e.getMessage());
    }
    try {
      List<BudgetRule> read = BudgetRules.parse(lines, rules);
      if (read.isEmpty()) {
        throw new CliException("the rules file " + rules + " holds no rule");
      }
      return read;
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }

  /** {@code path} as relative to the working folder as it can be shown. */
  private String shown(Path path) {
    return path.startsWith(workingDirectory)
        ? workingDirectory.relativize(path).toString()
        : path.toString();
  }

  private Path resolve(String name) {
    try {
      return workingDirectory.resolve(name);
    } catch (InvalidPathException e) {
      throw new CliException("cannot read " + name + ": " + e.getMessage());
    }
  }
}
