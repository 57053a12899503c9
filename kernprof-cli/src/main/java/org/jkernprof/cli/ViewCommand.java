package org.jkernprof.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jkernprof view FILE.lprof...}: prints the line report of saved results. */
@Command(
    name = "view",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints the line report of saved results. Several files are summed line by line, e.g. the"
          + " runs of one program in several JVMs.",
    },
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  jkernprof view demo.jar.lprof",
      "  jkernprof view -z -u 1e-3 run1.lprof run2.lprof",
      "  jkernprof view --color=always -t --summarize demo.jar.lprof | less -R",
    })
final class ViewCommand implements Callable<Integer> {
  private final Path workingDirectory;

  @Spec CommandSpec spec;

  @Mixin ReportSettings report;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE.lprof",
      description = "Results written by 'jkernprof -l'.")
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
    PrintWriter out = spec.commandLine().getOut();
    out.print(ReportPrinter.render(paths, report, workingDirectory, Optional.empty()));
    out.flush();
    return 0;
  }
}
