package org.jkernprof.cli;

import picocli.CommandLine;

/** The {@code jkernprof} command. The only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine(RunEnvironment.current()).execute(args));
  }

  /** The command tree with its error handling, running programs in {@code environment}. */
  static CommandLine commandLine(RunEnvironment environment) {
    CommandLine root = new CommandLine(new ProfileCommand(environment));
    // Everything after the program belongs to it; set before adding 'view', whose options may
    // follow its files.
    root.setStopAtPositional(true);
    // JVM options start with '-' and may look like ours: -J -v is -verbose for the JVM.
    root.setAllowOptionsAsOptionParameters(true);
    root.addSubcommand(new CommandLine(new ViewCommand(environment.workingDirectory())));
    root.addSubcommand(new CommandLine(new DiffCommand(environment.workingDirectory())));
    root.addSubcommand(new CommandLine(new CheckCommand(environment.workingDirectory())));
    root.addSubcommand(new CommandLine(new AttachCommand(environment)));
    root.addSubcommand(new CommandLine(new PsCommand()));
    ErrorReporter errors = new ErrorReporter();
    root.setParameterExceptionHandler(errors);
    root.setExecutionExceptionHandler(errors);
    // Last, so that it reaches every subcommand.
    root.setDefaultValueProvider(ConfigDefaults.find(environment.workingDirectory(), root));
    return root;
  }
}
