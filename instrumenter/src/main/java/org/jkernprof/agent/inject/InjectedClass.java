package org.jkernprof.agent.inject;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.LongSupplier;

/**
 * One class of the recorder runtime as {@link RuntimeInjector} defined it in the bootstrap loader:
 * its name for probes, and handles on its public static methods for the agent, which cannot link
 * against it by name.
 */
public final class InjectedClass {
  private final String internalName;
  private final Class<?> type;

  /**
   * @param simpleName the class's name in {@code org.jkernprof.agent.rt}: {@code LineRecorder}
   */
  public InjectedClass(String simpleName) throws ClassNotFoundException {
    internalName = RuntimeInjector.injectedName(simpleName);
    type = Class.forName(internalName.replace('/', '.'), true, null);
  }

  /** The internal name probes call it by. */
  public String internalName() {
    return internalName;
  }

  public MethodHandle staticMethod(String name, Class<?> returnType, Class<?>... parameterTypes)
      throws ReflectiveOperationException {
    return MethodHandles.publicLookup()
        .findStatic(type, name, MethodType.methodType(returnType, parameterTypes));
  }

  /** What a call that the runtime failed becomes: it never should, so it is not checked. */
  public static IllegalStateException failed(Throwable cause) {
    return new IllegalStateException("the recorder runtime failed", cause);
  }

  /** Calls a recorder's {@code static void countMemory(LongSupplier)} through {@code handle}. */
  public static void countMemory(MethodHandle handle, LongSupplier counter) {
    try {
      handle.invokeExact(counter);
    } catch (Throwable t) {
      throw failed(t);
    }
  }
}
