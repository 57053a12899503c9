package org.jkernprof.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jkernprof.agent.instr.ClassInstrumenter;
import org.jkernprof.agent.instr.ProfiledUnits;

/**
 * Starts line profiling: parses the options, installs the transformer, the exit hook and, if asked,
 * the periodic writer, and registers the results dump that {@code JKernprof.dump} runs.
 */
final class Agent {
  private Agent() {}

  static void start(String optionString, Instrumentation inst) {
    long startNanos = System.nanoTime();
    long startMillis = System.currentTimeMillis();
    PrintStream err = System.err;
    AgentOptions options;
    Path output;
    try {
      options = AgentOptions.parse(optionString, System.getenv(AgentOptions.ENVIRONMENT_VARIABLE));
      String command = System.getProperty("sun.java.command", "");
      output = options.output(command).toAbsolutePath();
      Path dir = output.getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        throw new IllegalArgumentException(
            "cannot write results to " + output + ": folder " + dir + " does not exist");
      }
      if (!Files.isWritable(dir)) {
        throw new IllegalArgumentException(
            "cannot write results to " + output + ": folder " + dir + " is not writable");
      }
    } catch (IllegalArgumentException e) {
      err.println("jkernprof: " + e.getMessage());
      System.exit(2);
      return;
    }
    InjectedRuntime runtime;
    try {
      RuntimeInjector.inject(inst);
      runtime = new InjectedRuntime();
      // Before any profiled frame can start: the program's main has not run yet.
      runtime.setRecording(options.startEnabled());
    } catch (IOException | ReflectiveOperationException | RuntimeException e) {
      err.println("jkernprof: cannot start the agent: " + e.getMessage());
      System.exit(2);
      return;
    }
    ClassInstrumenter instrumenter =
        new ClassInstrumenter(
            runtime, new ProfiledUnits(), warning -> err.println("jkernprof: " + warning));
    inst.addTransformer(new ProfilingTransformer(instrumenter, err), false);
    ResultsSaver saver = new ResultsSaver(runtime::snapshot, startMillis, startNanos);
    runtime.setDumper(new DumpOnRequest(saver));
    Optional<PeriodicResultsWriter> periodic = Optional.empty();
    if (options.intervalSeconds().isPresent()) {
      PeriodicResultsWriter writer =
          new PeriodicResultsWriter(saver, output, options.intervalSeconds().getAsDouble(), err);
      writer.start();
      periodic = Optional.of(writer);
    }
    ResultsOnExit hook = new ResultsOnExit(saver, output, options, periodic, err);
    Runtime.getRuntime().addShutdownHook(new Thread(hook, "jkernprof-results"));
  }
}
