package org.jkernprof.cli;

/** Adds and removes shutdown hooks, whether or not the JVM is already shutting down. */
final class ShutdownHooks {
  private ShutdownHooks() {}

  /** Adds {@code hook}; false if the JVM is shutting down already, when it could not run. */
  static boolean add(Thread hook) {
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /** Removes {@code hook}; if the JVM is shutting down, the hook is running and ends by itself. */
  static void remove(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Shutting down: the hook waited for us.
    }
  }
}
