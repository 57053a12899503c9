package org.jkernprof.maven;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.util.jar.JarFile;

/**
 * The {@code Premain-Class} of the plugin jar: gives each test JVM its own results file, then
 * starts the jkernprof agent. Surefire and failsafe reuse fork numbers (with {@code
 * reuseForks=false}, every JVM of a run is fork 1), so a name built from them would let one JVM
 * overwrite another's results; the process id cannot repeat among the JVMs alive at once, and the
 * start time tells apart JVMs that reuse a pid later. Uses java.base only: it runs inside the
 * tested JVM, where Maven's classes are absent.
 *
 * <p>Its argument is {@code AGENT_JAR|AGENT_OPTIONS}; every {@value #JVM_ID} in the options becomes
 * this JVM's id.
 */
public final class ForkAgent {
  /** The placeholder replaced by the JVM's id. */
  public static final String JVM_ID = "{jvm}";

  /** Separates the agent jar from its options; cannot appear in a path Maven resolves. */
  public static final char SEPARATOR = '|';

  private ForkAgent() {}

  /** Entry point for {@code -javaagent:jkernprof-maven-plugin.jar=AGENT_JAR|OPTIONS}. */
  public static void premain(String args, Instrumentation inst) throws Exception {
    int separator = args == null ? -1 : args.indexOf(SEPARATOR);
    if (separator < 0) {
      throw new IllegalArgumentException(
          "jkernprof-maven-plugin agent needs AGENT_JAR" + SEPARATOR + "OPTIONS, got: " + args);
    }
    String agentJar = args.substring(0, separator);
    String options = args.substring(separator + 1).replace(JVM_ID, jvmId());
    inst.appendToSystemClassLoaderSearch(new JarFile(agentJar));
    Class<?> launcher =
        Class.forName(
            "org.jkernprof.agent.AgentLauncher", true, ClassLoader.getSystemClassLoader());
    try {
      launcher
          .getMethod("premain", String.class, Instrumentation.class)
          .invoke(null, options, inst);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw cause instanceof Exception ? (Exception) cause : e;
    }
  }

  /** The process id and start time of this JVM: unique among the JVMs of one build. */
  static String jvmId() {
    ProcessHandle self = ProcessHandle.current();
    long started =
        self.info().startInstant().map(i -> i.toEpochMilli()).orElse(System.currentTimeMillis());
    return self.pid() + "-" + Long.toString(started, 36);
  }
}
