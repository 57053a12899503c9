package org.jkernprof.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/** The JVM the profiled program runs in, with the agent attached. */
final class ChildJvm {
  private ChildJvm() {}

  /**
   * {@code java [JVM options]
   * -javaagent:AGENT=[mode=function,]output=RESULTS,quiet,verbose=false[,AGENT OPTIONS] (-jar
   * APP.jar | -cp CP MAIN) [ARGS]}. The CLI says where the results went and prints the report
   * itself, so the agent stays quiet, even with {@code JKERNPROF=1} in the environment.
   */
  static List<String> command(
      Path java,
      Path agent,
      ProfilingMode mode,
      Path results,
      List<String> extraAgentOptions,
      List<String> jvmOptions,
      LaunchTarget target,
      List<String> programArguments) {
    List<String> agentOptions = new ArrayList<>(mode.agentOptions());
    agentOptions.add("output=" + results);
    agentOptions.add("quiet");
    agentOptions.add("verbose=false");
    agentOptions.addAll(extraAgentOptions);
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmOptions);
    command.add("-javaagent:" + agent + "=" + String.join(",", agentOptions));
    command.addAll(target.javaArguments());
    command.addAll(programArguments);
    return command;
  }

  /**
   * Starts the program, waits for it to end, then calls {@code afterExit} with its exit code and
   * returns what that returns. If this JVM is stopped meanwhile, a {@link ChildProcessGuard} stops
   * the program and lets {@code afterExit} finish first.
   */
  static int run(ProcessBuilder builder, IntUnaryOperator afterExit) {
    Process child;
    try {
      child = builder.start();
    } catch (IOException e) {
      throw new CliException("cannot start " + builder.command().get(0) + ": " + e.getMessage());
    }
    ChildProcessGuard guard = new ChildProcessGuard(child);
    Thread hook = new Thread(guard, "jkernprof-stop-program");
    boolean hooked = addShutdownHook(hook);
    try {
      return afterExit.applyAsInt(waitUninterruptibly(child));
    } finally {
      guard.reportDone();
      if (hooked) {
        removeShutdownHook(hook);
      }
    }
  }

  private static boolean addShutdownHook(Thread hook) {
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      return true;
    } catch (IllegalStateException e) {
      // Already shutting down: the hook could not run anyway.
      return false;
    }
  }

  private static void removeShutdownHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Shutting down, so the hook is running: it waited for us and ends by itself.
    }
  }

  /** The program's exit code; the program is not abandoned because this thread was interrupted. */
  private static int waitUninterruptibly(Process child) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return child.waitFor();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
