package org.jkernprof.agent.callcost;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.jkernprof.agent.calibration.CalibrationClasses;
import org.jkernprof.agent.calibration.OwnThread;
import org.jkernprof.agent.instr.CallProbeRuntime;
import org.jkernprof.agent.instr.FunctionInstrumenter;
import org.jkernprof.agent.instr.MethodPattern;
import org.jkernprof.agent.instr.MethodSelection;
import org.jkernprof.results.CallProbeCost;

/**
 * Measures, in the profiled JVM, what one call's probes add to the times function-level profiling
 * records. {@link CalibrationCalls} is instrumented by the real {@link FunctionInstrumenter}
 * against the real runtime and defined in a class loader of its own; then, on a thread of its own,
 * rounds of a parent calling a cheap child run until the JIT has compiled them and the last rounds
 * agree. Each round reads the thread's own counts of the two methods, which the runtime recorded as
 * it records any call, and times the same loop unprofiled: the child's own time less that work is
 * the probes' part inside a call's clock reads, the parent's own time per child call the part
 * outside.
 */
public final class CallCostCalibration {
  /** The class whose methods are timed, which the results leave out. */
  public static final String TARGET_CLASS = "org.jkernprof.agent.callcost.CalibrationCalls";

  /**
   * Child calls per parent call, and parent calls per round: short parent calls, so that the parent
   * is called often enough for the JIT's optimizing compiler to take it early, not only its loop.
   */
  private static final int CHILD_CALLS = 100;

  private static final int PARENT_CALLS = 100;

  /** Rounds to run at most, and how long, whether or not the figures settle. */
  private static final int MAX_ROUNDS = 2000;

  private static final long MAX_NANOS = 300_000_000L;

  private static volatile long sink;

  private final CallProbeRuntime runtime;
  private final IntFunction<long[]> threadCounts;
  private final Consumer<String> warnings;
  private Target target;

  /**
   * @param runtime the function-level runtime the program's probes call
   * @param threadCounts the current thread's six counts of a method id (see {@code
   *     CallRecorder.currentThreadCounts})
   */
  public CallCostCalibration(
      CallProbeRuntime runtime, IntFunction<long[]> threadCounts, Consumer<String> warnings) {
    this.runtime = runtime;
    this.threadCounts = threadCounts;
    this.warnings = warnings;
  }

  /** Whether a method of class {@code className} is the calibration's, not the program's. */
  public static boolean isCalibration(String className) {
    return TARGET_CLASS.equals(className);
  }

  /**
   * Runs the calibration on a thread of its own and returns the cost; empty, with a warning, if it
   * could not run.
   */
  public synchronized Optional<CallProbeCost> measure() {
    try {
      return Optional.of(
          OwnThread.run(
              new OwnThread.Work<CallProbeCost>() {
                @Override
                public CallProbeCost run() throws Throwable {
                  return rounds(target());
                }
              }));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (OwnThread.Failed e) {
      warnings.accept(
          "cannot measure the profiler's own cost, times are shown as measured: " + e.getCause());
      return Optional.empty();
    }
  }

  private CallProbeCost rounds(Target t) throws Throwable {
    CalibrationRounds rounds = new CalibrationRounds();
    long start = System.nanoTime();
    long value = start;
    do {
      long[] parentBefore = threadCounts.apply(t.parentId);
      long[] childBefore = threadCounts.apply(t.childId);
      long bareStart = System.nanoTime();
      for (int i = 0; i < PARENT_CALLS; i++) {
        value = (long) t.bareParent.invokeExact(CHILD_CALLS, value);
      }
      long bareNanos = System.nanoTime() - bareStart;
      for (int i = 0; i < PARENT_CALLS; i++) {
        value = (long) t.profiledParent.invokeExact(CHILD_CALLS, value);
      }
      long[] parent = minus(threadCounts.apply(t.parentId), parentBefore);
      long[] child = minus(threadCounts.apply(t.childId), childBefore);
      double childCalls = child[0];
      double inside = child[2] / childCalls - bareNanos / childCalls;
      double outside = (parent[2] - Math.max(0, inside) * parent[0]) / childCalls;
      rounds.add(inside, outside);
    } while (!rounds.stable()
        && rounds.rounds() < MAX_ROUNDS
        && System.nanoTime() - start < MAX_NANOS);
    sink = value;
    return rounds.cost();
  }

  private static long[] minus(long[] after, long[] before) {
    long[] difference = new long[after.length];
    for (int i = 0; i < after.length; i++) {
      difference[i] = after[i] - before[i];
    }
    return difference;
  }

  /**
   * The instrumented calibration class, defined once. Only the calibration thread calls this, one
   * at a time since {@link #measure} is synchronized; starting and joining it orders the writes.
   */
  private Target target() throws IOException, ReflectiveOperationException {
    if (target == null) {
      target = Target.define(runtime, warnings);
    }
    return target;
  }

  /** {@link CalibrationCalls} with probes, and what the rounds need of it. */
  private static final class Target {
    final MethodHandle profiledParent;
    final MethodHandle bareParent;
    final int parentId;
    final int childId;

    private Target(Class<?> type, Map<String, Integer> ids) throws ReflectiveOperationException {
      MethodType loop = MethodType.methodType(long.class, int.class, long.class);
      profiledParent = MethodHandles.publicLookup().findStatic(type, "profiledParent", loop);
      bareParent = MethodHandles.publicLookup().findStatic(type, "bareParent", loop);
      Integer parent = ids.get("profiledParent");
      Integer child = ids.get("profiledChild");
      if (parent == null || child == null) {
        throw new IllegalStateException("the calibration methods were not instrumented: " + ids);
      }
      parentId = parent;
      childId = child;
    }

    static Target define(CallProbeRuntime runtime, Consumer<String> warnings)
        throws IOException, ReflectiveOperationException {
      String internalName = TARGET_CLASS.replace('.', '/');
      byte[] classfile = CalibrationClasses.classFileOf(TARGET_CLASS);
      IdsByName ids = new IdsByName(runtime);
      byte[] instrumented =
          new FunctionInstrumenter(
                  ids,
                  MethodSelection.ownCode(MethodPattern.parse(TARGET_CLASS + "#profiled*")),
                  warnings)
              .instrument(internalName, classfile);
      if (instrumented == null) {
        throw new IllegalStateException("the instrumenter left " + TARGET_CLASS + " unchanged");
      }
      Class<?> type = new CalibrationClasses().define(TARGET_CLASS, instrumented);
      return new Target(type, ids.ids);
    }
  }

  /** The runtime, noting the id of each method registered through it by name. */
  private static final class IdsByName implements CallProbeRuntime {
    final Map<String, Integer> ids = new HashMap<>();
    private final CallProbeRuntime runtime;

    IdsByName(CallProbeRuntime runtime) {
      this.runtime = runtime;
    }

    @Override
    public String recorderClass() {
      return runtime.recorderClass();
    }

    @Override
    public String countersClass() {
      return runtime.countersClass();
    }

    @Override
    public boolean countsMemory() {
      return runtime.countsMemory();
    }

    @Override
    public int registerMethod(
        String className, String methodName, String descriptor, String sourceFile, int line) {
      int id = runtime.registerMethod(className, methodName, descriptor, sourceFile, line);
      ids.put(methodName, id);
      return id;
    }
  }
}
