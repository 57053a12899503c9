package org.jkernprof.agent;

import java.io.PrintStream;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import org.jkernprof.agent.instr.MethodSelection;

/**
 * Hands every class the JVM loads, but the JDK's and the agent's own, to a {@link ClassRewriter}.
 * Failures are reported with the class's name and the class is left as it was: the JVM would
 * otherwise swallow them.
 */
final class ProfilingTransformer implements ClassFileTransformer {
  /** One profiling mode's rewriting of a class file; {@code null} means unchanged. */
  interface ClassRewriter {
    byte[] rewrite(ClassLoader loader, String className, byte[] classfile);
  }

  private final ClassRewriter rewriter;
  private final PrintStream err;

  ProfilingTransformer(ClassRewriter rewriter, PrintStream err) {
    this.rewriter = rewriter;
    this.err = err;
  }

  @Override
  public byte[] transform(
      ClassLoader loader,
      String className,
      Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain,
      byte[] classfile) {
    if (className == null
        || classBeingRedefined != null
        || MethodSelection.isNeverProfiled(className)) {
      return null;
    }
    try {
      return rewriter.rewrite(loader, className, classfile);
    } catch (Throwable t) {
      err.println(
          "jkernprof: error while instrumenting class "
              + className.replace('/', '.')
              + ", left unchanged: "
              + t);
      return null;
    }
  }
}
