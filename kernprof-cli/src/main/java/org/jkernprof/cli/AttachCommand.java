package org.jkernprof.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.jkernprof.agent.attach.AttachStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jkernprof attach PID}: profiles a JVM that is already running, for a while, and detaches
 * leaving it as it was; the results are saved and reported as after a profiled run. {@code
 * jkernprof attach --list} lists the JVMs it can attach to.
 */
@Command(
    name = "attach",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Profiles a running JVM for a while, then detaches and leaves it as it was.",
      "Rewrites the loaded classes that the selection (or @Profile, with -l) picks, records for"
          + " --duration seconds or until Enter or Ctrl-C, then saves the results (as the"
          + " profiling command names them, after the program's main class or jar) and restores"
          + " the original code.",
      "A call already running when it attaches is not counted; JDK 21 and later print a warning"
          + " about a dynamically loaded agent unless the program was started with"
          + " -XX:+EnableDynamicAgentLoading. See docs/attach.md.",
    },
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  jkernprof attach --list",
      "  jkernprof attach -l --include 'com.acme.Report#build*' -v 12345",
      "  jkernprof attach --duration 30 --timer=sampled --html profile.html 12345",
    })
final class AttachCommand implements Callable<Integer> {
  private final RunEnvironment environment;

  @Spec CommandSpec spec;

  @Option(
      names = "--list",
      description = "List the JVMs it can attach to, as 'PID MAIN' lines (as jps -l), and end.")
  boolean list;

  @Option(
      names = {"-l", "--line-by-line"},
      fallbackValue = "true",
      description =
          "Profile @Profile methods (and --include) line by line. Without it, profile every"
              + " method of the program's own classes (function level).")
  boolean lineByLine;

  @Option(
      names = {"-v", "--view"},
      fallbackValue = "true",
      description = "Print the report when the recording has ended.")
  boolean view;

  @Option(
      names = {"-q", "--quiet"},
      description = "Do not say where the results went.")
  boolean quiet;

  @Option(
      names = {"-o", "--outfile"},
      paramLabel = "FILE",
      description =
          "Where to save the results (default: MAIN_CLASS.lprof or APP.jar.lprof in the current"
              + " folder; .prof without -l).")
  String outfile;

  @Option(
      names = "--duration",
      paramLabel = "SECONDS",
      converter = PositiveSeconds.class,
      description = "Record for SECONDS, then detach (default: until Enter or Ctrl-C).")
  Double duration;

  @Mixin ProfilingOptions profiling;

  @Mixin ReportSettings report;

  @Mixin ExportOptions exports;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PID",
      description = "The process id of the JVM to profile (jkernprof attach --list shows them).")
  String pid;

  AttachCommand(RunEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    if (list) {
      if (pid != null) {
        throw usageError("--list takes no PID");
      }
      return JvmList.print(spec.commandLine().getOut());
    }
    if (pid == null) {
      throw usageError(
          "missing the PID of the JVM to attach to (jkernprof attach --list shows them)");
    }
    long id = processId();
    ProfilingMode mode = lineByLine ? ProfilingMode.LINE : ProfilingMode.FUNCTION;
    checkOptions(mode);
    AttachableJvms.requireAttachApi();
    AttachableJvm jvm =
        AttachableJvms.find(id)
            .orElseThrow(
                () ->
                    AgentLoader.refusesAttach(id)
                        ? AgentLoader.doesNotAcceptAttach(id)
                        : new CliException(
                            "no JVM with pid " + id + " (jkernprof attach --list shows them)"));
    ResultsFile results =
        ResultsFile.choose(
            Optional.ofNullable(outfile),
            jvm.defaultResultsFileName(mode.resultsExtension()),
            environment.workingDirectory());
    AttachedRecording recording =
        new AttachedRecording(jvm, environment.agentJar().require(), spec.commandLine().getErr());
    try {
      AttachStatus ended =
          recording.record(
              agentOptions(mode, results),
              duration == null ? OptionalDouble.empty() : OptionalDouble.of(duration),
              environment.keyboard());
      if (ended.results().isEmpty()) {
        throw new CliException(ended.message());
      }
      new ResultsAnnouncement(
              spec.commandLine(),
              report,
              exports,
              environment.workingDirectory(),
              quiet,
              view,
              profiling.sourceText)
          .announce(results, mode, jvm.applicationJar());
      return 0;
    } finally {
      recording.finished();
    }
  }

  private long processId() {
    try {
      long id = Long.parseLong(pid);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw usageError("the PID is the process id of a JVM, a positive number, not '" + pid + "'");
  }

  private void checkOptions(ProfilingMode mode) {
    ReportSettings.optionNotFor(mode, spec.commandLine().getParseResult())
        .ifPresent(
            option -> {
              throw usageError(
                  "option '"
                      + option
                      + "' applies to "
                      + mode.other().adjective()
                      + " reports only ("
                      + (lineByLine ? "without" : "with")
                      + " -l)");
            });
    profiling
        .timerProblem()
        .ifPresent(
            problem -> {
              throw usageError(problem);
            });
    if (exports.collapsed != null && lineByLine) {
      throw usageError("--collapsed needs the call stacks of function-level results (without -l)");
    }
  }

  /** The agent options of the session: as for a profiled run, the CLI reporting itself. */
  private List<String> agentOptions(ProfilingMode mode, ResultsFile results) {
    List<String> options = new ArrayList<>(mode.agentOptions());
    options.add("output=" + results.path());
    options.add("quiet");
    options.add("verbose=false");
    options.addAll(profiling.selectionAgentOptions());
    options.addAll(profiling.timingAgentOptions());
    return options;
  }

  private ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** What {@code --list} and {@code jkernprof ps} print. */
  static final class JvmList {
    private JvmList() {}

    /** Prints one {@code PID MAIN} line per attachable JVM but this one; returns exit code 0. */
    static int print(PrintWriter out) {
      AttachableJvms.requireAttachApi();
      for (AttachableJvm jvm : AttachableJvms.list()) {
        out.println(jvm.listing());
      }
      out.flush();
      return 0;
    }
  }
}
