package org.jkernprof.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jkernprof [-l] [-v] APP.jar ARGS} and {@code jkernprof [-l] [-v] -cp CP MAIN ARGS}: runs
 * the program in a child JVM under the agent, line by line with {@code -l}, else function level;
 * passes its streams and exit code through, then says where the results are or prints their report,
 * as kernprof does.
 */
@Command(
    name = "jkernprof",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    customSynopsis = {
      "@|bold jkernprof|@ [-l] [-v] [OPTIONS] APP.jar [ARGS...]",
      "       @|bold jkernprof|@ [-l] [-v] [OPTIONS] -cp CLASSPATH MAIN_CLASS [ARGS...]",
      "       @|bold jkernprof view|@ [OPTIONS] FILE.lprof|FILE.prof [FILE...]",
      "       @|bold jkernprof diff|@ [OPTIONS] BASE NEW",
      "       @|bold jkernprof check|@ --rules FILE RESULTS...",
      "       @|bold jkernprof attach|@ [-l] [-v] [OPTIONS] PID",
      "       @|bold jkernprof ps|@",
    },
    description = {
      "",
      "Runs a Java program, profiling line by line the methods and classes marked"
          + " @Profile (org.jkernprof.Profile); saves the results to APP.jar.lprof or"
          + " MAIN_CLASS.lprof, and with -v prints the line report. Python's kernprof,"
          + " for the JVM.",
      "Without -l, profiles every method of the program's own classes (not the JDK's), no"
          + " @Profile needed: calls, own time and cumulative time per method, saved to"
          + " APP.jar.prof or MAIN_CLASS.prof; -v prints them in the layout of Python's pstats.",
      "",
      "Everything after APP.jar or MAIN_CLASS goes to the program unchanged, even if it looks"
          + " like an option. The program's input, output and exit code pass through.",
      "Print the report of saved results again later with 'jkernprof view FILE.lprof' (or"
          + " FILE.prof).",
    },
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  jkernprof -l -v demo/target/demo.jar",
      "  jkernprof -l -v -J-Xmx2g -cp 'target/classes${sys:path.separator}lib/*' com.acme.Main -x",
      "  jkernprof -l -o run1.lprof app.jar --input data.csv",
      "  jkernprof view -u 1e-3 run1.lprof",
      "  jkernprof -l -v -r -t app.jar",
      "  jkernprof -v -s tottime --top 20 demo/target/demo.jar",
      "  jkernprof -v --timer=sampled demo/target/demo.jar",
      "  jkernprof -l --html demo.html demo/target/demo.jar   (open demo.html in a browser)",
      "  jkernprof view --callers 'ClassicExample.process*' demo.jar.prof",
    })
final class ProfileCommand implements Callable<Integer> {
  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9._/:@%+=,-]+");

  private final RunEnvironment environment;

  @Spec CommandSpec spec;

  // fallbackValue on the flags: with a default of true from jkernprof.properties, a flag must
  // stay true rather than toggle it off.
  @Option(
      names = {"-l", "--line-by-line"},
      fallbackValue = "true",
      description =
          "Profile @Profile methods line by line. Without it, profile every method of the"
              + " program's own classes (function level).")
  boolean lineByLine;

  @Option(
      names = {"-v", "--view"},
      fallbackValue = "true",
      description = "Print the report when the program has ended.")
  boolean view;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Do not say where the results went. The program's own output, and the report with -v,"
              + " still print.")
  boolean quiet;

  @Option(
      names = {"-o", "--outfile"},
      paramLabel = "FILE",
      description =
          "Where to save the results (default: APP.jar.lprof or MAIN_CLASS.lprof in the current"
              + " folder; .prof without -l).")
  String outfile;

  @Option(
      names = {"-cp", "-classpath", "--classpath", "--class-path"},
      paramLabel = "CLASSPATH",
      description =
          "The program's class path, for the MAIN_CLASS form: folders, jars and dir/* separated"
              + " by '${sys:path.separator}'.")
  String classPath;

  @Option(
      names = "-J",
      paramLabel = "<jvm-option>",
      description = "Pass an option to the program's JVM: -J-Xmx2g. Repeatable.")
  List<String> jvmOptions = new ArrayList<>();

  @Option(
      names = {"-i", "--output-interval"},
      paramLabel = "SECONDS",
      converter = PositiveSeconds.class,
      description =
          "Also save the results every SECONDS while the program runs, so that a program that"
              + " is killed (even kill -9) loses at most the last interval.")
  Double outputInterval;

  @Option(
      names = "--start-disabled",
      fallbackValue = "true",
      description =
          "Start with recording off: nothing is recorded until the program calls"
              + " org.jkernprof.JKernprof.enable().")
  boolean startDisabled;

  @Mixin ProfilingOptions profiling;

  @Mixin ReportSettings report;

  @Mixin ExportOptions exports;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "APP.jar | MAIN_CLASS",
      description = "The program: a jar with a Main-Class, or with -cp the main class's name.")
  String program;

  @Parameters(index = "1..*", paramLabel = "ARGS", description = "The program's arguments.")
  List<String> programArguments = new ArrayList<>();

  ProfileCommand(RunEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    if (program == null) {
      throw usageError("missing the program to profile: APP.jar, or -cp CLASSPATH MAIN_CLASS");
    }
    ProfilingMode mode = lineByLine ? ProfilingMode.LINE : ProfilingMode.FUNCTION;
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
    boolean sampled = checkTimer();
    if (exports.collapsed != null && lineByLine) {
      throw usageError("--collapsed needs the call stacks of function-level results (without -l)");
    }
    LaunchTarget target = target();
    Path workingDirectory = environment.workingDirectory();
    ResultsFile results =
        ResultsFile.choose(Optional.ofNullable(outfile), target, mode, workingDirectory);
    List<String> command =
        ChildJvm.command(
            environment.javaExecutable(),
            environment.agentJar().require(),
            mode,
            results.path(),
            agentOptions(),
            sampled ? withNativeAccess(jvmOptions) : jvmOptions,
            target,
            programArguments);
    ResultsFile.Snapshot before = results.snapshot();
    return ChildJvm.run(
        environment.processBuilder(command),
        exitCode -> afterRun(exitCode, mode, results, before, target));
  }

  /** The agent options that the command's options ask for, beyond the results file. */
  List<String> agentOptions() {
    List<String> options = profiling.selectionAgentOptions();
    if (outputInterval != null) {
      options.add("interval=" + outputInterval);
    }
    if (startDisabled) {
      options.add("start=disabled");
    }
    options.addAll(profiling.timingAgentOptions());
    return options;
  }

  /**
   * Whether lines or calls are timed by samples; usage errors for timer options that cannot apply.
   */
  private boolean checkTimer() {
    profiling
        .timerProblem()
        .ifPresent(
            problem -> {
              throw usageError(problem);
            });
    return profiling.sampled();
  }

  /**
   * The program's JVM options, with native access allowed to the unnamed module, where the agent's
   * bundled async-profiler is loaded from: JDK 24 and later warn without it (JDK 17 knows it).
   */
  private static List<String> withNativeAccess(List<String> options) {
    List<String> all = new ArrayList<>(options);
    all.add(0, "--enable-native-access=ALL-UNNAMED");
    return all;
  }

  /** The program as the {@code java} launcher would take it, checked to exist. */
  private LaunchTarget target() {
    Path workingDirectory = environment.workingDirectory();
    boolean jarName = program.toLowerCase(Locale.ROOT).endsWith(".jar");
    if (classPath != null) {
      if (jarName) {
        throw usageError("give either APP.jar or -cp CLASSPATH MAIN_CLASS, not both");
      }
      return MainClassTarget.check(program, classPath, workingDirectory);
    }
    if (jarName || isFile(workingDirectory, program)) {
      return JarTarget.check(program, workingDirectory);
    }
    // Without -cp, java takes the class path from $CLASSPATH, else the current folder.
    String defaultClassPath = System.getenv("CLASSPATH");
    return MainClassTarget.check(
        program,
        defaultClassPath == null || defaultClassPath.isEmpty() ? "." : defaultClassPath,
        workingDirectory);
  }

  private int afterRun(
      int exitCode,
      ProfilingMode mode,
      ResultsFile results,
      ResultsFile.Snapshot before,
      LaunchTarget target) {
    if (!results.writtenSince(before)) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "jkernprof: the program ended (exit code "
              + exitCode
              + ") without writing profile results to "
              + results.name());
      err.flush();
      return exitCode;
    }
    new ResultsAnnouncement(
            spec.commandLine(),
            report,
            exports,
            environment.workingDirectory(),
            quiet,
            view,
            profiling.sourceText)
        .announce(results, mode, target.applicationJar());
    return exitCode;
  }

  private ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private static boolean isFile(Path folder, String name) {
    try {
      return Files.isRegularFile(folder.resolve(name));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** A file name that {@code view} cannot mistake for an option. */
  static String asArgument(String fileName) {
    return fileName.startsWith("-") ? "./" + fileName : fileName;
  }

  /** {@code name} as one shell word, so the printed command can be pasted. */
  static String shellQuoted(String name) {
    if (SHELL_SAFE.matcher(name).matches()) {
      return name;
    }
    return "'" + name.replace("'", "'\\''") + "'";
  }
}
