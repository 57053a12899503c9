package org.jkernprof.agent.inject;

import java.lang.invoke.MethodHandle;
import java.util.function.LongSupplier;
import org.jkernprof.agent.collect.RecorderSnapshot;
import org.jkernprof.agent.instr.LineTimer;
import org.jkernprof.agent.instr.ProbeRuntime;

/**
 * The recorder runtime as the agent sees it after {@link RuntimeInjector} defined it: probes name
 * its injected classes, and registration and snapshots go through method handles, since the agent
 * cannot link against classes of the bootstrap loader's {@code java.lang} copy by name.
 */
public final class InjectedRuntime implements ProbeRuntime {
  private final String recorder;
  private final String counters = RuntimeInjector.injectedName("LineCounters");
  private final MethodHandle registerMethod;
  private final MethodHandle registerLine;
  private final MethodHandle snapshot;
  private final MethodHandle countMemory;
  private final MethodHandle currentThreadCounts;
  private final MethodHandle registerHitTable;
  private boolean memory;
  private LineTimer timer = LineTimer.CLOCK;

  /** The counts an attached session started from; null for a run profiled from its start. */
  private volatile LineBaseline baseline;

  /** Whether any method was registered: whether there is anything to measure or report. */
  private volatile boolean registered;

  public InjectedRuntime() throws ReflectiveOperationException {
    InjectedClass type = new InjectedClass("LineRecorder");
    recorder = type.internalName();
    registerMethod =
        type.staticMethod(
            "registerMethod", int.class, String.class, String.class, String.class, String.class);
    registerLine =
        type.staticMethod("registerLine", int.class, int.class, int.class, boolean.class);
    snapshot = type.staticMethod("snapshot", Object[].class);
    countMemory = type.staticMethod("countMemory", void.class, LongSupplier.class);
    currentThreadCounts = type.staticMethod("currentThreadCounts", long[].class, int[].class);
    registerHitTable = type.staticMethod("registerHitTable", int.class, int[].class);
  }

  /**
   * Selects the line probes for classes instrumented from now on: {@link LineTimer#SAMPLED} for
   * counting probes. Before any class is instrumented; not with {@link #countMemory}.
   */
  public void useTimer(LineTimer lineTimer) {
    timer = lineTimer;
  }

  @Override
  public LineTimer lineTimer() {
    return timer;
  }

  @Override
  public int registerHitTable(int[] slots) {
    try {
      return (int) registerHitTable.invokeExact(slots);
    } catch (Throwable t) {
      throw InjectedClass.failed(t);
    }
  }

  /**
   * Makes every line also count the bytes it allocates, read from {@code counter}; probes inserted
   * from now on call the memory variants. Before any profiled code runs.
   */
  public void countMemory(LongSupplier counter) {
    InjectedClass.countMemory(countMemory, counter);
    memory = true;
  }

  @Override
  public boolean countsMemory() {
    return memory;
  }

  @Override
  public String recorderClass() {
    return recorder;
  }

  @Override
  public String countersClass() {
    return counters;
  }

  @Override
  public int registerMethod(
      String className, String methodName, String descriptor, String sourceFile) {
    registered = true;
    try {
      return (int) registerMethod.invokeExact(className, methodName, descriptor, sourceFile);
    } catch (Throwable t) {
      throw InjectedClass.failed(t);
    }
  }

  @Override
  public int registerLine(int methodId, int line, boolean nested) {
    try {
      return (int) registerLine.invokeExact(methodId, line, nested);
    } catch (Throwable t) {
      throw InjectedClass.failed(t);
    }
  }

  /** Whether any method was registered for profiling. */
  public boolean hasRegisteredMethods() {
    return registered;
  }

  /**
   * The counts so far of {@code slots} in the calling thread's counters, as {@code
   * LineRecorder.currentThreadCounts} gives them.
   */
  public long[] currentThreadCounts(int[] slots) {
    try {
      return (long[]) currentThreadCounts.invokeExact(slots);
    } catch (Throwable t) {
      throw InjectedClass.failed(t);
    }
  }

  /**
   * Makes {@link #snapshot} count from now: what the runtime, which outlives an attached session,
   * counted before is taken out. Before any class is instrumented.
   */
  public void countFromNow() {
    baseline = new LineBaseline(rawSnapshot());
  }

  /**
   * The summed counts of every thread, as {@code LineRecorder.snapshot()} describes them, less what
   * was counted before {@link #countFromNow}.
   */
  public RecorderSnapshot snapshot() {
    LineBaseline base = baseline;
    Object[] raw = rawSnapshot();
    return new RecorderSnapshot(base == null ? raw : base.subtractFrom(raw));
  }

  private Object[] rawSnapshot() {
    try {
      return (Object[]) snapshot.invokeExact();
    } catch (Throwable t) {
      throw InjectedClass.failed(t);
    }
  }
}
