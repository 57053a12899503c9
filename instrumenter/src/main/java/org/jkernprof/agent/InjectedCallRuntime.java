package org.jkernprof.agent;

import java.lang.invoke.MethodHandle;
import org.jkernprof.agent.instr.CallProbeRuntime;

/** The function-level runtime as the agent sees it after {@link RuntimeInjector} defined it. */
final class InjectedCallRuntime implements CallProbeRuntime {
  private final String recorder;
  private final String counters = RuntimeInjector.injectedName("CallCounters");
  private final MethodHandle registerMethod;
  private final MethodHandle snapshot;

  InjectedCallRuntime() throws ReflectiveOperationException {
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

  /** The raw snapshot, as {@code CallRecorder.snapshot()} describes it. */
  Object[] snapshot() {
    try {
      return (Object[]) snapshot.invokeExact();
    } catch (Throwable t) {
      throw InjectedClass.failed(t);
    }
  }
}
