package org.jkernprof.agent;

import java.io.PrintStream;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.Set;
import org.jkernprof.agent.instr.ClassInstrumenter;
import org.jkernprof.agent.rt.LineRecorder;

/**
 * Hands every class the JVM loads to the {@link ClassInstrumenter}. Failures are reported with the
 * class's name and the class is left as it was: the JVM would otherwise swallow them.
 */
final class ProfilingTransformer implements ClassFileTransformer {
  private final ClassInstrumenter instrumenter;
  private final Instrumentation inst;
  private final PrintStream err;
  private final Module runtimeModule = LineRecorder.class.getModule();

  ProfilingTransformer(ClassInstrumenter instrumenter, Instrumentation inst, PrintStream err) {
    this.instrumenter = instrumenter;
    this.inst = inst;
    this.err = err;
  }

  @Override
  public byte[] transform(
      Module module,
      ClassLoader loader,
      String className,
      Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain,
      byte[] classfile) {
    if (className == null || classBeingRedefined != null || isOwnOrPlatform(className)) {
      return null;
    }
    try {
      byte[] instrumented = instrumenter.instrument(loader, className, classfile);
      if (instrumented != null && module.isNamed() && !module.canRead(runtimeModule)) {
        inst.redefineModule(module, Set.of(runtimeModule), Map.of(), Map.of(), Set.of(), Map.of());
      }
      return instrumented;
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
        || className.startsWith("java/")
        || className.startsWith("javax/")
        || className.startsWith("jdk/")
        || className.startsWith("sun/")
        || className.startsWith("com/sun/");
  }
}
