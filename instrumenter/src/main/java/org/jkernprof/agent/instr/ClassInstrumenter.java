package org.jkernprof.agent.instr;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jkernprof.agent.rt.LineRecorder;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Instruments one class file: bytes in, bytes out. Methods marked {@code @Profile} (directly or
 * through their class) get line probes; so do the lambdas and the methods of anonymous and local
 * classes written inside them, which report into the enclosing method. Everything else is left as
 * it was.
 */
public final class ClassInstrumenter {
  private final ProfiledUnits units;
  private final Consumer<String> warnings;

  /**
   * @param units the index of profiled methods shared by all classes of this JVM
   * @param warnings receives one line per method that is marked but cannot be profiled
   */
  public ClassInstrumenter(ProfiledUnits units, Consumer<String> warnings) {
    this.units = units;
    this.warnings = warnings;
  }

  /**
   * Returns the instrumented class file, or {@code null} if the class has nothing to profile (or
   * was instrumented already), in which case it must be used unchanged.
   */
  public byte[] instrument(ClassLoader loader, String className, byte[] classfile) {
    if (ProfileAnnotation.isInstrumented(classfile)) {
      return null;
    }
    boolean annotated = ProfileAnnotation.mayBeAnnotated(classfile);
    if (!annotated && !mayBeNested(loader, className)) {
      return null;
    }
    Set<String> tooLarge = new HashSet<>();
    while (true) {
      ClassNode cls = new ClassNode();
      new ClassReader(classfile).accept(cls, ClassReader.EXPAND_FRAMES);
      Map<MethodNode, Planned> plan = plan(loader, cls, tooLarge);
      if (plan.isEmpty()) {
        return null;
      }
      try {
        return rewrite(loader, cls, plan);
      } catch (MethodTooLargeException e) {
        String key = e.getMethodName() + e.getDescriptor();
        if (!tooLarge.add(key)) {
          throw e;
        }
        warn(
            cls,
            e.getMethodName(),
            e.getDescriptor(),
            "with probes it would exceed the JVM's 64 KB code limit");
      }
    }
  }

  private boolean mayBeNested(ClassLoader loader, String className) {
    int dollar = className.lastIndexOf('$');
    return dollar > 0 && units.hasUnits(loader, className.substring(0, dollar));
  }

  /** Decides which methods to instrument and the unit each reports into. */
  private Map<MethodNode, Planned> plan(ClassLoader loader, ClassNode cls, Set<String> tooLarge) {
    Map<MethodNode, Planned> plan = new LinkedHashMap<>();
    boolean classMarked =
        ProfileAnnotation.isPresent(cls.visibleAnnotations, cls.invisibleAnnotations);
    String sourceFile = cls.sourceFile == null ? "" : cls.sourceFile;
    for (MethodNode m : cls.methods) {
      boolean marked = ProfileAnnotation.isPresent(m.visibleAnnotations, m.invisibleAnnotations);
      boolean byClass =
          classMarked
              && (m.access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) == 0
              && !"<clinit>".equals(m.name);
      if ((marked || byClass) && canInstrument(cls, m, marked, true, tooLarge)) {
        int unit =
            LineRecorder.registerMethod(
                Type.getObjectType(cls.name).getClassName(), m.name, m.desc, sourceFile);
        units.setOwnLines(unit, lines(m));
        plan.put(m, new Planned(unit, false));
      }
    }

    Integer enclosingUnit =
        cls.outerMethod == null
            ? null
            : units.unitOf(loader, cls.outerClass, cls.outerMethod, cls.outerMethodDesc);
    for (MethodNode m : cls.methods) {
      if (plan.containsKey(m) || (m.access & Opcodes.ACC_BRIDGE) != 0) {
        continue;
      }
      Integer unit = enclosingUnit != null ? enclosingUnit : lambdaUnit(m, plan);
      if (unit != null && canInstrument(cls, m, false, false, tooLarge)) {
        plan.put(m, new Planned(unit, true));
      }
    }
    return plan;
  }

  /**
   * The unit of the profiled method a lambda body was written in: javac names it {@code
   * lambda$enclosingName$N}; among overloads (or for compilers that do not name it so) the
   * candidate that starts last before the lambda's first line wins.
   */
  private static Integer lambdaUnit(MethodNode lambda, Map<MethodNode, Planned> plan) {
    if ((lambda.access & Opcodes.ACC_SYNTHETIC) == 0 || !lambda.name.startsWith("lambda$")) {
      return null;
    }
    String enclosing = enclosingName(lambda.name);
    int lambdaLine = firstLine(lambda);
    MethodNode best = null;
    for (MethodNode candidate : plan.keySet()) {
      if (enclosing != null && !enclosing.equals(candidate.name)) {
        continue;
      }
      int start = firstLine(candidate);
      if (start > lambdaLine) {
        if (enclosing != null && best == null) {
          best = candidate;
        }
        continue;
      }
      if (best == null || firstLine(best) > lambdaLine || start > firstLine(best)) {
        best = candidate;
      }
    }
    return best == null ? null : plan.get(best).unit;
  }

  /** {@code lambda$compute$2} → {@code compute}; javac's {@code new} and {@code static} too. */
  private static String enclosingName(String lambdaName) {
    int first = lambdaName.indexOf('$');
    int last = lambdaName.lastIndexOf('$');
    if (last <= first) {
      return null;
    }
    String name = lambdaName.substring(first + 1, last);
    if (name.equals("new")) {
      return "<init>";
    }
    return name.equals("static") ? "<clinit>" : name;
  }

  /**
   * Whether {@code m} has code with line numbers. Says why not for a method marked itself
   * ({@code marked}) or through its class ({@code own}); nested code is passed over quietly.
   */
  private boolean canInstrument(
      ClassNode cls, MethodNode m, boolean marked, boolean own, Set<String> tooLarge) {
    if ((m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
      if (marked) {
        boolean isNative = (m.access & Opcodes.ACC_NATIVE) != 0;
        warn(cls, m.name, m.desc, "it is " + (isNative ? "native" : "abstract") + " and has no code");
      }
      return false;
    }
    if (tooLarge.contains(m.name + m.desc)) {
      return false;
    }
    if (lines(m).isEmpty()) {
      if (own) {
        warn(cls, m.name, m.desc, "it has no line numbers (compiled with -g:none?)");
      }
      return false;
    }
    return true;
  }

  private byte[] rewrite(ClassLoader loader, ClassNode cls, Map<MethodNode, Planned> plan) {
    boolean withFrames = (cls.version & 0xFFFF) >= Opcodes.V1_6;
    for (Map.Entry<MethodNode, Planned> entry : plan.entrySet()) {
      MethodNode m = entry.getKey();
      int unit = entry.getValue().unit;
      boolean nested = entry.getValue().nested;
      MethodSlots slots =
          MethodSlots.register(unit, lines(m), nested, nested ? units.ownLines(unit) : Set.of());
      AbstractInsnNode thisInit =
          "<init>".equals(m.name) ? ThisInitFinder.find(cls.name, m) : null;
      units.add(loader, cls.name, m.name, m.desc, unit);
      LineProbeInserter.insert(m, slots, thisInit, withFrames);
    }
    ClassWriter writer = new ClassWriter(0);
    cls.accept(writer);
    return writer.toByteArray();
  }

  private static Set<Integer> lines(MethodNode m) {
    Set<Integer> lines = new TreeSet<>();
    if (m.instructions != null) {
      for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
        if (insn instanceof LineNumberNode) {
          lines.add(((LineNumberNode) insn).line);
        }
      }
    }
    return lines;
  }

  private static int firstLine(MethodNode m) {
    Set<Integer> lines = lines(m);
    return lines.isEmpty() ? Integer.MAX_VALUE : ((TreeSet<Integer>) lines).first();
  }

  private void warn(ClassNode cls, String name, String desc, String why) {
    warnings.accept("not profiling " + MethodNames.readable(cls.name, name, desc) + ": " + why);
  }

  /** The unit a method reports into, and whether it is nested code of that unit's method. */
  private static final class Planned {
    final int unit;
    final boolean nested;

    Planned(int unit, boolean nested) {
      this.unit = unit;
      this.nested = nested;
    }
  }
}
