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
import org.jkernprof.agent.collect.CallResultsTaker;
import org.jkernprof.agent.collect.LineResultsTaker;
import org.jkernprof.agent.collect.SampledCallResultsTaker;
import org.jkernprof.agent.collect.SampledLineResultsTaker;
import org.jkernprof.agent.inject.InjectedCallRuntime;
import org.jkernprof.agent.inject.InjectedRuntime;
import org.jkernprof.agent.inject.InjectedSwitch;
import org.jkernprof.agent.inject.RuntimeInjector;
import org.jkernprof.agent.inject.ThreadAllocationCounter;
import org.jkernprof.agent.instr.ClassInstrumenter;
import org.jkernprof.agent.instr.FunctionInstrumenter;
import org.jkernprof.agent.instr.LineTimer;
import org.jkernprof.agent.instr.MethodPattern;
import org.jkernprof.agent.instr.MethodSelection;
import org.jkernprof.agent.instr.ProfiledUnits;
import org.jkernprof.agent.output.DumpOnRequest;
import org.jkernprof.agent.output.ExitOptions;
import org.jkernprof.agent.output.PeriodicResultsWriter;
import org.jkernprof.agent.output.ResultsOnExit;
import org.jkernprof.agent.output.ResultsSaver;
import org.jkernprof.agent.sampling.SamplingUnavailableException;
import org.jkernprof.agent.sampling.WallClockSampler;
import org.jkernprof.results.CallProbeCost;

/**
 * Starts profiling: parses the options, installs the transformer, the exit hook and, if asked, the
 * periodic writer, and registers the results dump that {@code JKernprof.dump} runs.
 */
final class Agent {
  private Agent() {}

  /**
   * @param attached whether the agent was loaded into a running JVM ({@code agentmain}): then a
   *     failure to start is reported and the JVM goes on, never ended by the agent
   */
  static void start(String optionString, Instrumentation inst, boolean attached) {
    long startNanos = System.nanoTime();
    long startMillis = System.currentTimeMillis();
    PrintStream err = System.err;
    AgentOptions options;
    Path output;
    try {
      options = AgentOptions.parse(optionString, System.getenv(AgentOptions.ENVIRONMENT_VARIABLE));
      output = resultsFile(options);
    } catch (IllegalArgumentException e) {
      fail(e.getMessage(), attached, err);
      return;
    }
    warnAboutUselessIncludes(options, err);
    Profiling profiling;
    try {
      profiling = prepare(options, inst, false, err);
    } catch (IOException | ReflectiveOperationException | RuntimeException e) {
      fail("cannot start the agent: " + e.getMessage(), attached, err);
      return;
    }
    inst.addTransformer(new ProfilingTransformer(profiling.rewriter, err), false);
    ResultsSaver saver = new ResultsSaver(profiling.recorder, startMillis, startNanos);
    profiling.recordingSwitch.setDumper(new DumpOnRequest(saver));
    Optional<PeriodicResultsWriter> periodic = startPeriodicWriter(options, saver, output, err);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(exitHook(options, saver, output, periodic, err), "jkernprof-results"));
  }

  /** The results file the options name, absolute, checked to be in a writable folder. */
  static Path resultsFile(AgentOptions options) {
    String command = System.getProperty("sun.java.command", "");
    Path output = options.output(command).toAbsolutePath();
    Path dir = output.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "cannot write results to " + output + ": folder " + dir + " does not exist");
    }
    if (!Files.isWritable(dir)) {
      throw new IllegalArgumentException(
          "cannot write results to " + output + ": folder " + dir + " is not writable");
    }
    return output;
  }

  static void warnAboutUselessIncludes(AgentOptions options, PrintStream err) {
    for (MethodPattern useless : options.selection().includesOnlyNeverProfiled()) {
      err.println(
          "jkernprof: include pattern '"
              + useless
              + "' can only match classes of the JDK or of jkernprof, which are never profiled");
    }
  }

  /** Warnings as lines on {@code err}, each prefixed {@code jkernprof: }. */
  static Consumer<String> warnings(PrintStream err) {
    // Classes, not lambdas, here and in what runs before main and at exit: each lambda's first
    // use spins a class at run time, which cost the agent's start-up about 20 ms in all.
    return new Consumer<String>() {
      @Override
      public void accept(String warning) {
        err.println("jkernprof: " + warning);
      }
    };
  }

  /** The periodic writer the {@code interval} option asks for, started; empty without it. */
  static Optional<PeriodicResultsWriter> startPeriodicWriter(
      AgentOptions options, ResultsSaver saver, Path output, PrintStream err) {
    if (!options.intervalSeconds().isPresent()) {
      return Optional.empty();
    }
    PeriodicResultsWriter writer =
        new PeriodicResultsWriter(saver, output, options.intervalSeconds().getAsDouble(), err);
    writer.start();
    return Optional.of(writer);
  }

  /** What saves the results when the JVM exits, and prints the report if asked. */
  static ResultsOnExit exitHook(
      AgentOptions options,
      ResultsSaver saver,
      Path output,
      Optional<PeriodicResultsWriter> periodic,
      PrintStream err) {
    return new ResultsOnExit(
        saver,
        output,
        new ExitOptions(options.quiet(), options.verbose(), options.raw()),
        periodic,
        err);
  }

  /**
   * Defines the runtime unless it is already there and builds what one profiling run is made of:
   * the class rewriter for the options' mode and timer, the recorder that takes its results, and
   * the recording switch, set as the options say.
   */
  static Profiling prepare(
      AgentOptions options, Instrumentation inst, boolean fromZero, PrintStream err)
      throws IOException, ReflectiveOperationException {
    Consumer<String> warnings = warnings(err);
    RuntimeInjector.inject(inst);
    InjectedSwitch recordingSwitch = new InjectedSwitch();
    // Before any profiled frame can start: the program's main has not run yet.
    if (options.sampled()) {
      // Before the first switch: start=disabled is one.
      recordingSwitch.keepSwitchTimes();
    }
    recordingSwitch.setRecording(options.startEnabled());
    Optional<LongSupplier> allocations =
        options.memory() ? ThreadAllocationCounter.find(warnings) : Optional.empty();
    if (options.functionMode()) {
      InjectedCallRuntime runtime = new InjectedCallRuntime();
      if (fromZero) {
        runtime.countFromNow();
      }
      WallClockSampler sampler = options.sampled() ? startSampler(options, "calls", err) : null;
      if (sampler != null) {
        // Calls by counting probes alone: the samples give the time, no clock is read.
        runtime.countCallsOnly();
      }
      allocations.ifPresent(runtime::countMemory);
      FunctionInstrumenter instrumenter =
          new FunctionInstrumenter(runtime, options.selection(), warnings);
      ProfilingTransformer.ClassRewriter rewriter =
          new ProfilingTransformer.ClassRewriter() {
            @Override
            public byte[] rewrite(ClassLoader loader, String className, byte[] classfile) {
              return MethodSelection.isJdkLoader(loader)
                  ? null
                  : instrumenter.instrument(className, classfile);
            }
          };
      Supplier<Object[]> snapshots =
          new Supplier<Object[]>() {
            @Override
            public Object[] get() {
              return runtime.snapshot();
            }
          };
      ResultsSaver.Recorder recorder =
          sampler == null
              ? clockCallResults(runtime, snapshots, warnings)
              : new SampledCallResultsTaker(snapshots, sampler, switchTimes(recordingSwitch), err);
      return new Profiling(rewriter, recorder, recordingSwitch);
    }
    WallClockSampler sampler = options.sampled() ? startSampler(options, "lines", err) : null;
    InjectedRuntime lineRuntime = new InjectedRuntime();
    if (fromZero) {
      lineRuntime.countFromNow();
    }
    if (sampler != null) {
      // Hits by counting probes alone: the samples give the time, no clock is read.
      lineRuntime.useTimer(LineTimer.SAMPLED);
    }
    allocations.ifPresent(lineRuntime::countMemory);
    ProfiledUnits units = new ProfiledUnits();
    ClassInstrumenter instrumenter =
        new ClassInstrumenter(lineRuntime, units, options.selection(), warnings);
    ProfilingTransformer.ClassRewriter rewriter =
        new ProfilingTransformer.ClassRewriter() {
          @Override
          public byte[] rewrite(ClassLoader loader, String className, byte[] classfile) {
            return instrumenter.instrument(loader, className, classfile);
          }
        };
    ResultsSaver.Recorder recorder =
        sampler == null
            ? new LineResultsTaker(lineRuntime, err)
            : new SampledLineResultsTaker(
                lineRuntime, sampler, units, switchTimes(recordingSwitch), err);
    return new Profiling(rewriter, recorder, recordingSwitch);
  }

  /**
   * Function-level results of the clock timer: the recorder's counts and times, less the probe cost
   * measured in this JVM.
   */
  private static CallResultsTaker clockCallResults(
      InjectedCallRuntime runtime, Supplier<Object[]> snapshots, Consumer<String> warnings) {
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
    return new CallResultsTaker(
        snapshots,
        new Supplier<Optional<CallProbeCost>>() {
          @Override
          public Optional<CallProbeCost> get() {
            return calibration.measure();
          }
        });
  }

  /**
   * Starts sampling every thread's stack for {@code timer=sampled}; null, after one line saying
   * why, where this machine cannot: the {@code timed} ({@code lines}, {@code calls}) are then timed
   * by the clock.
   */
  private static WallClockSampler startSampler(
      AgentOptions options, String timed, PrintStream err) {
    try {
      return WallClockSampler.start(options.sampleIntervalNanos());
    } catch (SamplingUnavailableException e) {
      err.println(e.getMessage() + "; timing " + timed + " by the clock instead");
      return null;
    }
  }

  /** The recording switch's off and on times, for the sampled timer to drop samples taken off. */
  private static Supplier<long[]> switchTimes(final InjectedSwitch recordingSwitch) {
    return new Supplier<long[]>() {
      @Override
      public long[] get() {
        return recordingSwitch.switchTimes();
      }
    };
  }

  /**
   * Reports why the agent cannot start. A JVM started with the agent ends, as the JVM itself does
   * for a bad {@code -javaagent}; a running JVM the agent was attached to goes on untouched.
   */
  private static void fail(String message, boolean attached, PrintStream err) {
    err.println("jkernprof: " + message);
    if (!attached) {
      System.exit(2);
    }
  }
}
