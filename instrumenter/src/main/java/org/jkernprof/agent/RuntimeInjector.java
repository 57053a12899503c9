package org.jkernprof.agent;

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
final class RuntimeInjector {
  static final String SOURCE_PACKAGE = "org/jkernprof/agent/rt/";

  /** Versioned so that two different agents in one JVM never share a runtime by accident. */
  static final String TARGET_PREFIX = "java/lang/$jkernprof_1$";

  private RuntimeInjector() {}

  /**
   * The injected name of a runtime class: {@code LineRecorder} → {@code
   * java/lang/$jkernprof_1$LineRecorder}.
   */
  static String injectedName(String simpleName) {
    return TARGET_PREFIX + simpleName;
  }

  /** Defines the runtime classes, unless another copy of this agent already did. */
  static void inject(Instrumentation inst) throws IOException {
    if (alreadyInjected()) {
      return;
    }
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
