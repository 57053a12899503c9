package org.jkernprof.agent;

import java.lang.instrument.Instrumentation;
import java.util.jar.JarFile;

/**
 * The {@code Premain-Class} of the agent jar. It first puts the recorder runtime on the bootstrap
 * class path, so that probes in classes of every class loader reach the same recorder, and only
 * then starts the agent. This class must not touch the runtime or anything that does: a runtime
 * class loaded before that step would come from the wrong loader.
 */
public final class AgentLauncher {
  private AgentLauncher() {}

  /** Entry point for {@code -javaagent:jkernprof-agent.jar[=options]}. */
  public static void premain(String options, Instrumentation inst) {
    launch(options, inst);
  }

  /** Entry point when attached to a running JVM; only classes loaded afterwards are profiled. */
  public static void agentmain(String options, Instrumentation inst) {
    launch(options, inst);
  }

  private static void launch(String options, Instrumentation inst) {
    JarFile runtime;
    try {
      runtime = RuntimeJar.extract(AgentLauncher.class);
    } catch (Exception e) {
      System.err.println("jkernprof: cannot start the agent: " + e.getMessage());
      System.exit(2);
      return;
    }
    inst.appendToBootstrapClassLoaderSearch(runtime);
    Agent.start(options, inst);
  }
}
