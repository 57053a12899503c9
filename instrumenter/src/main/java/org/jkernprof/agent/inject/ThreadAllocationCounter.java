package org.jkernprof.agent.inject;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The bytes the current thread has allocated so far, from HotSpot's {@code
 * com.sun.management.ThreadMXBean}: the counter every memory probe reads. Found by reflection,
 * since the agent is built for Java 11 and {@code getCurrentThreadAllocatedBytes()} came in Java
 * 14; the handles are constants, so the JIT inlines the call.
 */
public final class ThreadAllocationCounter implements LongSupplier {
  private static final Object BEAN;
  private static final MethodHandle CURRENT;
  private static final String UNSUPPORTED;

  static {
    Object bean = null;
    MethodHandle current = null;
    String unsupported = null;
    try {
      Class<?> type = Class.forName("com.sun.management.ThreadMXBean");
      bean = ManagementFactory.getThreadMXBean();
      if (!type.isInstance(bean)) {
        throw new ClassNotFoundException("not a com.sun.management.ThreadMXBean");
      }
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      boolean supported =
          (boolean)
              lookup
                  .findVirtual(
                      type,
                      "isThreadAllocatedMemorySupported",
                      MethodType.methodType(boolean.class))
                  .invoke(bean);
      if (!supported) {
        unsupported = "this JVM does not count the bytes each thread allocates";
      } else {
        lookup
            .findVirtual(
                type,
                "setThreadAllocatedMemoryEnabled",
                MethodType.methodType(void.class, boolean.class))
            .invoke(bean, true);
        current = currentThreadCounter(lookup, type);
      }
    } catch (Throwable e) {
      unsupported = "this JVM cannot report the bytes each thread allocates (" + e + ")";
    }
    BEAN = bean;
    CURRENT = current;
    UNSUPPORTED = unsupported;
  }

  private ThreadAllocationCounter() {}

  /**
   * The counter, or empty with the reason written to {@code warnings} when this JVM cannot count
   * allocations per thread.
   */
  public static Optional<LongSupplier> find(java.util.function.Consumer<String> warnings) {
    if (CURRENT == null) {
      warnings.accept(UNSUPPORTED + "; profiling time only");
      return Optional.empty();
    }
    return Optional.of(new ThreadAllocationCounter());
  }

  @Override
  public long getAsLong() {
    try {
      return (long) CURRENT.invokeExact(BEAN);
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read the thread's allocated bytes", e);
    }
  }

  /** {@code bean.getCurrentThreadAllocatedBytes()}, or on Java 11 to 13 the id-based call. */
  private static MethodHandle currentThreadCounter(MethodHandles.Lookup lookup, Class<?> type)
      throws ReflectiveOperationException {
    MethodHandle handle;
    try {
      handle =
          lookup.findVirtual(
              type, "getCurrentThreadAllocatedBytes", MethodType.methodType(long.class));
    } catch (NoSuchMethodException e) {
      MethodHandle byId =
          lookup.findVirtual(
              type, "getThreadAllocatedBytes", MethodType.methodType(long.class, long.class));
      MethodHandle currentId =
          MethodHandles.filterReturnValue(
              lookup.findStatic(Thread.class, "currentThread", MethodType.methodType(Thread.class)),
              lookup.findVirtual(Thread.class, "getId", MethodType.methodType(long.class)));
      handle = MethodHandles.collectArguments(byId, 1, currentId);
    }
    return handle.asType(MethodType.methodType(long.class, Object.class));
  }
}
