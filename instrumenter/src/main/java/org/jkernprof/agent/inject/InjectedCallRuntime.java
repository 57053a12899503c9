package org.jkernprof.agent.inject;

import java.lang.invoke.MethodHandle;
import java.util.function.LongSupplier;
import org.jkernprof.agent.instr.CallProbeRuntime;

/** The function-level runtime as the agent sees it after {@link RuntimeInjector} defined it. */
public final class InjectedCallRuntime implements CallProbeRuntime {
  private final String recorder;
  private final String counters = RuntimeInjector.injectedName("CallCounters");
  private final String tallies = RuntimeInjector.injectedName("CallTallies");
  private final MethodHandle registerMethod;
  private final MethodHandle snapshot;
  private final MethodHandle countMemory;
  private final MethodHandle currentThreadCounts;
  private boolean memory;
  private boolean callsOnly;

  /** The counts an attached session started from; null for a run profiled from its start. */
  private volatile CallBaseline baseline;

  public InjectedCallRuntime() throws ReflectiveOperationException {
    InjectedClass type = new InjectedClass("CallRecorder");
    recorder = type.internalName();
    registerMethod =
        type.staticMethod(
            "registerMethod",
            int.class,
            String.class,
            String.class,
            String.class,
            String.class,
            int.class);
    snapshot = type.staticMethod("snapshot", Object[].class);
    countMemory = type.staticMethod("countMemory", void.class, LongSupplier.class);
    currentThreadCounts = type.staticMethod("currentThreadCounts", long[].class, int.class);
  }

  /** Makes every call also count the bytes it allocates; before any profiled code runs. */
  public void countMemory(LongSupplier counter) {
    InjectedClass.countMemory(countMemory, counter);
    memory = true;
  }

  @Override
  public boolean countsMemory() {
    return memory;
  }

  /**
   * Makes the probes of classes instrumented from now on only count calls, for the sampled timer
   * (see {@link CallProbeRuntime#countsCallsOnly}). Before any class is instrumented; not with
   * {@link #countMemory}.
   */
  public void countCallsOnly() {
    if (memory) {
      throw new IllegalStateException("counting probes (timer=sampled) count no memory");
    }
    callsOnly = true;
  }

  @Override
  public boolean countsCallsOnly() {
    return callsOnly;
  }

  @Override
  public String tallyClass() {
    return tallies;
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
      String className, String methodName, String descriptor, String sourceFile, int firstLine) {
    try {
      return (int)
          registerMethod.invokeExact(className, methodName, descriptor, sourceFile, firstLine);
    } catch (Throwable t) {
      throw InjectedClass.failed(t);
    }
  }

  /** The current thread's counts of method {@code id}, as {@code CallRecorder} describes them. */
  public long[] currentThreadCounts(int id) {
    try {
      return (long[]) currentThreadCounts.invokeExact(id);
    } catch (Throwable t) {
      throw InjectedClass.failed(t);
    }
  }

  /**
   * Makes {@link #snapshot} count from now: what the runtime, which outlives an attached session,
   * counted before is taken out. Before any class is instrumented.
   */
  public void countFromNow() {
    baseline = new CallBaseline(rawSnapshot());
  }

  /**
   * The raw snapshot, as {@code CallRecorder.snapshot()} describes it, less what was counted before
   * {@link #countFromNow}.
   */
  public Object[] snapshot() {
    CallBaseline base = baseline;
    return base == null ? rawSnapshot() : base.subtractFrom(rawSnapshot());
  }

  private Object[] rawSnapshot() {
    try {
      return (Object[]) snapshot.invokeExact();
    } catch (Throwable t) {
      throw InjectedClass.failed(t);
    }
  }
}
