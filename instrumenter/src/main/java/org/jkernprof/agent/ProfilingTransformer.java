package org.jkernprof.agent;

import java.io.PrintStream;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import org.jkernprof.agent.attach.RewrittenClasses;
import org.jkernprof.agent.instr.MethodSelection;

/**
 * Hands every class the JVM loads, but the JDK's and the agent's own, to a {@link ClassRewriter}.
 * Failures are reported with the class's name and the class is left as it was: the JVM would
 * otherwise swallow them.
 *
 * <p>Attached to a running JVM, it also rewrites the classes being retransformed, and records every
 * class it rewrote, so that detaching can restore them.
 */
final class ProfilingTransformer implements ClassFileTransformer {
  /** One profiling mode's rewriting of a class file; {@code null} means unchanged. */
  interface ClassRewriter {
    byte[] rewrite(ClassLoader loader, String className, byte[] classfile);
  }

  private final ClassRewriter rewriter;
  private final PrintStream err;

  /**
   * Where rewritten classes are recorded, when attached; null for a run profiled from its start.
   */
  private final RewrittenClasses rewritten;

  /** For a run profiled from its start: classes as they load, never redefinitions. */
  ProfilingTransformer(ClassRewriter rewriter, PrintStream err) {
    this(rewriter, err, null);
  }

  /**
   * For an attached session: classes as they load and as they are retransformed, each one rewritten
   * recorded in {@code rewritten}.
   */
  ProfilingTransformer(ClassRewriter rewriter, PrintStream err, RewrittenClasses rewritten) {
    this.rewriter = rewriter;
    this.err = err;
    this.rewritten = rewritten;
  }

  @Override
  public byte[] transform(
      ClassLoader loader,
      String className,
      Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain,
      byte[] classfile) {
    if (className == null
        || (classBeingRedefined != null && rewritten == null)
        || MethodSelection.isNeverProfiled(className)) {
      return null;
    }
    try {
      byte[] changed = rewriter.rewrite(loader, className, classfile);
      if (changed != null && rewritten != null) {
        rewritten.add(loader, className);
      }
      return changed;
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
