package org.jkernprof.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line on standard error, {@code jkernprof: MESSAGE}: usage errors get a
 * hint to {@code --help} and exit code 2, {@link CliException}s exit code 2, anything else is a bug
 * and exit code 1. Stack traces only with the environment variable {@code JKERNPROF_DEBUG} set.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {
  static final String PREFIX = "jkernprof: ";
  static final int USER_ERROR = 2;
  static final int INTERNAL_ERROR = 1;

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(PREFIX + lowerFirst(ex.getMessage()));
    // --help cannot help with the defaults file: it reads the same file.
    if (!(ex instanceof ConfigDefaults.ConfigFileException)) {
      err.println(
          "Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    }
    err.flush();
    return USER_ERROR;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    int exitCode;
    if (ex instanceof CliException) {
      err.println(PREFIX + ex.getMessage());
      exitCode = USER_ERROR;
    } else {
      err.println(PREFIX + "internal error, please report it: " + ex);
      if (System.getenv("JKERNPROF_DEBUG") != null) {
        ex.printStackTrace(err);
      }
      exitCode = INTERNAL_ERROR;
    }
    err.flush();
    return exitCode;
  }

  /** picocli's messages start with a capital; ours continue the {@code jkernprof: } prefix. */
  private static String lowerFirst(String message) {
    if (message == null || message.isEmpty()) {
      return "invalid command line";
    }
    return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
  }
}
