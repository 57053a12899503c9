package org.jkernprof.agent;

/**
 * The names the agent gives the recorder runtime when it defines it in the bootstrap loader, for
 * the corpus tests, which instrument classes as the agent would without starting it.
 */
public final class RuntimeNames {
  private RuntimeNames() {}

  /** {@code LineRecorder} → {@code java/lang/$jkernprof_1$LineRecorder}. */
  public static String injected(String simpleName) {
    return RuntimeInjector.injectedName(simpleName);
  }

  /**
   * The internal-name prefix of the runtime's classes as built: {@code org/jkernprof/agent/rt/}.
   */
  public static String builtPackage() {
    return RuntimeInjector.SOURCE_PACKAGE;
  }
}
