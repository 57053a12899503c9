package org.jkernprof.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jkernprof.agent.callcost.CallCostCalibration;
import org.jkernprof.agent.instr.ClassInstrumenter;
import org.jkernprof.agent.instr.FunctionInstrumenter;
import org.jkernprof.agent.instr.MethodPattern;
import org.jkernprof.agent.instr.MethodSelection;
import org.jkernprof.agent.instr.ProfiledUnits;
import org.jkernprof.results.CallProbeCost;

/**
 * Starts profiling: parses the options, installs the transformer, the exit hook and, if asked, the
 * periodic writer, and registers the results dump that {@code JKernprof.dump} runs.
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
    for (MethodPattern useless : options.selection().includesOnlyNeverProfiled()) {
      err.println(
          "jkernprof: include pattern '"
              + useless
              + "' can only match classes of the JDK or of jkernprof, which are never profiled");
    }
    ResultsSaver.Recorder recorder;
    ProfilingTransformer.ClassRewriter rewriter;
    InjectedRuntime dumps;
    // Classes, not lambdas, here and in what runs before main and at exit: each lambda's first
    // use spins a class at run time, which cost the agent's start-up about 20 ms in all.
    Consumer<String> warnings =
        new Consumer<String>() {
          @Override
          public void accept(String warning) {
            err.println("jkernprof: " + warning);
          }
        };
    try {
      RuntimeInjector.inject(inst);
      InjectedRuntime lineRuntime = new InjectedRuntime();
      // Before any profiled frame can start: the program's main has not run yet.
      lineRuntime.setRecording(options.startEnabled());
      Optional<LongSupplier> allocations =
          options.memory() ? ThreadAllocationCounter.find(warnings) : Optional.empty();
      dumps = lineRuntime;
      if (options.functionMode()) {
        InjectedCallRuntime runtime = new InjectedCallRuntime();
        allocations.ifPresent(runtime::countMemory);
        FunctionInstrumenter instrumenter =
            new FunctionInstrumenter(runtime, options.selection(), warnings);
        rewriter =
            new ProfilingTransformer.ClassRewriter() {
              @Override
              public byte[] rewrite(ClassLoader loader, String className, byte[] classfile) {
                return MethodSelection.isJdkLoader(loader)
                    ? null
                    : instrumenter.instrument(className, classfile);
              }
            };
        CallCostCalibration calibration =
            new CallCostCalibration(
                runtime,
                new IntFunction<long[]>() {
                  @Override
                  public long[] apply(int id) {
                    return runtime.currentThreadCounts(id);
                  }
                },
                warnings);
        recorder =
            new CallResultsTaker(
                new Supplier<Object[]>() {
                  @Override
                  public Object[] get() {
                    return runtime.snapshot();
                  }
                },
                new Supplier<Optional<CallProbeCost>>() {
                  @Override
                  public Optional<CallProbeCost> get() {
                    return calibration.measure();
                  }
                });
      } else {
        allocations.ifPresent(lineRuntime::countMemory);
        ClassInstrumenter instrumenter =
            new ClassInstrumenter(lineRuntime, new ProfiledUnits(), options.selection(), warnings);
        rewriter =
            new ProfilingTransformer.ClassRewriter() {
              @Override
              public byte[] rewrite(ClassLoader loader, String className, byte[] classfile) {
                return instrumenter.instrument(loader, className, classfile);
              }
            };
        recorder = new LineResultsTaker(lineRuntime, err);
      }
    } catch (IOException | ReflectiveOperationException | RuntimeException e) {
      err.println("jkernprof: cannot start the agent: " + e.getMessage());
      System.exit(2);
      return;
    }
    inst.addTransformer(new ProfilingTransformer(rewriter, err), false);
    ResultsSaver saver = new ResultsSaver(recorder, startMillis, startNanos);
    dumps.setDumper(new DumpOnRequest(saver));
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
