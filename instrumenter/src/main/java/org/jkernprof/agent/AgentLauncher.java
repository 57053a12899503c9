package org.jkernprof.agent;

import java.lang.instrument.Instrumentation;
import java.util.Optional;
import org.jkernprof.agent.attach.AttachProtocol;

/** The {@code Premain-Class} and {@code Agent-Class} of the agent jar. */
public final class AgentLauncher {
  private AgentLauncher() {}

  /** Entry point for {@code -javaagent:jkernprof-agent.jar[=options]}. */
  public static void premain(String options, Instrumentation inst) {
    AttachSessions.markStartedAtLaunch();
    Agent.start(options, inst, false);
  }

  /**
   * Entry point when loaded into a running JVM. With {@code attach=start} or {@code attach=stop}
   * ({@link AttachProtocol}, from {@code jkernprof attach}), starts or stops a session that
   * rewrites the loaded classes and restores them; without, starts as {@link #premain} does,
   * profiling only the classes loaded afterwards. Never throws into the program and never ends it.
   */
  public static void agentmain(String options, Instrumentation inst) {
    Optional<AttachProtocol.Command> command;
    try {
      command = AttachProtocol.parse(options);
    } catch (IllegalArgumentException e) {
      System.err.println("jkernprof: " + e.getMessage());
      return;
    }
    if (command.isPresent()) {
      AttachSessions.run(command.get(), inst, System.err);
    } else {
      Agent.start(options, inst, true);
    }
  }
}
