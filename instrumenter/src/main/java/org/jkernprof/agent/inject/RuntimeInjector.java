package org.jkernprof.agent.inject;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandles;
import java.util.Map;
import java.util.Set;

/**
 * Defines the recorder runtime ({@code org/jkernprof/agent/rt/}) in the bootstrap class loader,
 * renamed into {@code java.lang}, so that probes in classes of every class loader reach it and the
 * profiled program needs nothing on its class path. {@code java.lang} is opened to the agent alone
 * for this; appending to the bootstrap class path instead would turn off class data sharing for the
 * application's classes and make the JVM print a warning.
 */
public final class RuntimeInjector {
  /** The internal-name prefix of the runtime's classes as built. */
  public static final String SOURCE_PACKAGE = "org/jkernprof/agent/rt/";

  /**
   * The internal-name prefix of the injected runtime's classes: the only place it is written.
   * Versioned so that two different agents in one JVM never share a runtime by accident.
   */
  public static final String TARGET_PREFIX = "java/lang/$jkernprof_1$";

  /**
   * The system property, set once the runtime is defined, that tells {@code
   * org.jkernprof.JKernprof} the binary-name prefix of the runtime's classes ({@code
   * java.lang.$jkernprof_1$}), so that the annotations jar need not know it. Its name is part of
   * the contract with that jar.
   */
  public static final String RUNTIME_PROPERTY = "jkernprof.runtime";

  private RuntimeInjector() {}

  /**
   * The injected name of a runtime class: {@code LineRecorder} → {@code
   * java/lang/$jkernprof_1$LineRecorder}.
   */
  public static String injectedName(String simpleName) {
    return TARGET_PREFIX + simpleName;
  }

  /**
   * Defines the runtime classes, unless another copy of this agent already did, and says where they
   * are in {@link #RUNTIME_PROPERTY}.
   */
  public static void inject(Instrumentation inst) throws IOException {
    if (!alreadyInjected()) {
      define(inst);
    }
    System.setProperty(RUNTIME_PROPERTY, TARGET_PREFIX.replace('/', '.'));
  }

  private static void define(Instrumentation inst) throws IOException {
    Module javaBase = Object.class.getModule();
    Module agent = RuntimeInjector.class.getModule();
    inst.redefineModule(
        javaBase, Set.of(), Map.of(), Map.of("java.lang", Set.of(agent)), Set.of(), Map.of());
    MethodHandles.Lookup lookup;
    try {
      lookup = MethodHandles.privateLookupIn(Object.class, MethodHandles.lookup());
    } catch (IllegalAccessException e) {
      throw new IOException("cannot open java.lang to the agent: " + e.getMessage(), e);
    }
    for (RuntimeClassFile classFile : RuntimeClasses.read(SOURCE_PACKAGE)) {
      try {
        lookup.defineClass(classFile.renamed(SOURCE_PACKAGE, TARGET_PREFIX));
      } catch (IllegalAccessException | LinkageError e) {
        throw new IOException("cannot define the recorder runtime: " + e, e);
      }
    }
  }

  private static boolean alreadyInjected() {
    try {
      Class.forName(injectedName("LineRecorder").replace('/', '.'), false, null);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
