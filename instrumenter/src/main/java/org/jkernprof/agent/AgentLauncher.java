package org.jkernprof.agent;

import java.lang.instrument.Instrumentation;

/** The {@code Premain-Class} and {@code Agent-Class} of the agent jar. */
public final class AgentLauncher {
  private AgentLauncher() {}

  /** Entry point for {@code -javaagent:jkernprof-agent.jar[=options]}. */
  public static void premain(String options, Instrumentation inst) {
    Agent.start(options, inst, false);
  }

  /** Entry point when attached to a running JVM; only classes loaded afterwards are profiled. */
  public static void agentmain(String options, Instrumentation inst) {
    Agent.start(options, inst, true);
  }
}
