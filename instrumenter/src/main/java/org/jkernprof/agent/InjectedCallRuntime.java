package org.jkernprof.agent;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jkernprof.agent.instr.CallProbeRuntime;

/** The function-level runtime as the agent sees it after {@link RuntimeInjector} defined it. */
final class InjectedCallRuntime implements CallProbeRuntime {
  private final String recorder = RuntimeInjector.injectedName("CallRecorder");
  private final String counters = RuntimeInjector.injectedName("CallCounters");
  private final MethodHandle registerMethod;
  private final MethodHandle snapshot;

  InjectedCallRuntime() throws ReflectiveOperationException {
    Class<?> type = Class.forName(recorder.replace('/', '.'), true, null);
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    registerMethod =
        lookup.findStatic(
            type,
            "registerMethod",
            MethodType.methodType(
                int.class, String.class, String.class, String.class, String.class, int.class));
    snapshot = lookup.findStatic(type, "snapshot", MethodType.methodType(Object[].class));
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
      throw new IllegalStateException("the recorder runtime failed", t);
    }
  }

  /** The raw snapshot, as {@code CallRecorder.snapshot()} describes it. */
  Object[] snapshot() {
    try {
      return (Object[]) snapshot.invokeExact();
    } catch (Throwable t) {
      throw new IllegalStateException("the recorder runtime failed", t);
    }
  }
}
