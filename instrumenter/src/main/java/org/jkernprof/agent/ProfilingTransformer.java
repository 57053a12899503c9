package org.jkernprof.agent;

import java.io.PrintStream;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import org.jkernprof.agent.instr.ClassInstrumenter;

/**
 * Hands every class the JVM loads to the {@link ClassInstrumenter}. Failures are reported with the
 * class's name and the class is left as it was: the JVM would otherwise swallow them.
 */
final class ProfilingTransformer implements ClassFileTransformer {
  private final ClassInstrumenter instrumenter;
  private final PrintStream err;

  ProfilingTransformer(ClassInstrumenter instrumenter, PrintStream err) {
    this.instrumenter = instrumenter;
    this.err = err;
  }

  @Override
  public byte[] transform(
      ClassLoader loader,
      String className,
      Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain,
      byte[] classfile) {
    if (className == null || classBeingRedefined != null || isOwnOrPlatform(className)) {
      return null;
    }
    try {
      return instrumenter.instrument(loader, className, classfile);
    } catch (Throwable t) {
      err.println(
          "jkernprof: error while instrumenting class "
              + className.replace('/', '.')
              + ", left unchanged: "
              + t);
      return null;
    }
  }

  private static boolean isOwnOrPlatform(String className) {
    return className.startsWith("org/jkernprof/agent/")
        || className.startsWith("org/jkernprof/results/")
        || className.startsWith("org/jkernprof/report/")
        || className.startsWith("java/")
        || className.startsWith("javax/")
        || className.startsWith("jdk/")
        || className.startsWith("sun/")
        || className.startsWith("com/sun/");
  }
}
