package org.jkernprof.agent.instr;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Instruments one class for function-level profiling: every method with code (bridges aside, which
 * only forward) counts its calls and times them, with an entry probe and the exit probes and
 * handlers of {@link FrameProbes}; or, for the sampled timer, only counts them ({@link
 * CallCountingProbe}). No annotations are needed; which classes are the application's is the
 * caller's decision.
 */
public final class FunctionInstrumenter {
  private final CallProbeRuntime runtime;
  private final MethodSelection selection;
  private final byte[] recorderName;
  private final Consumer<String> warnings;

  /**
   * @param selection with include patterns, only the methods they match are profiled; methods its
   *     exclude patterns match never are
   */
  public FunctionInstrumenter(
      CallProbeRuntime runtime, MethodSelection selection, Consumer<String> warnings) {
    this.runtime = runtime;
    this.selection = selection;
    this.recorderName = runtime.recorderClass().getBytes(StandardCharsets.UTF_8);
    this.warnings = warnings;
  }

  /**
   * Returns the instrumented class file, or {@code null} if it has no method to profile (or was
   * instrumented already), in which case it must be used unchanged.
   */
  public byte[] instrument(String internalName, byte[] classfile) {
    if ((selection.hasIncludes() && !selection.includesClass(internalName))
        || ProfileAnnotation.contains(classfile, recorderName)) {
      return null;
    }
    Set<String> tooLarge = new HashSet<>();
    while (true) {
      ClassNode cls = new ClassNode();
      new ClassReader(classfile).accept(cls, ClassReader.EXPAND_FRAMES);
      if ((cls.access & (Opcodes.ACC_MODULE | Opcodes.ACC_ANNOTATION)) != 0) {
        return null;
      }
      boolean changed = false;
      boolean withFrames = (cls.version & 0xFFFF) >= Opcodes.V1_6;
      String className = Type.getObjectType(cls.name).getClassName();
      String sourceFile = cls.sourceFile == null ? "" : cls.sourceFile;
      for (MethodNode m : cls.methods) {
        if (!profilable(m) || tooLarge.contains(m.name + m.desc) || !selected(cls.name, m)) {
          continue;
        }
        int id = runtime.registerMethod(className, m.name, m.desc, sourceFile, firstLine(m));
        if (runtime.countsCallsOnly()) {
          CallCountingProbe.insert(m, runtime.tallyClass(), id);
        } else {
          AbstractInsnNode thisInit =
              "<init>".equals(m.name) ? ThisInitFinder.find(cls.name, m) : null;
          new FrameProbes(
                  runtime.countersClass(), runtime.countsMemory() ? "exitWithMemory" : "exit")
              .insert(m, prologue(m, id), thisInit, withFrames);
        }
        changed = true;
      }
      if (!changed) {
        return null;
      }
      try {
        ClassWriter writer = new ClassWriter(0);
        cls.accept(writer);
        return writer.toByteArray();
      } catch (MethodTooLargeException e) {
        if (!tooLarge.add(e.getMethodName() + e.getDescriptor())) {
          throw e;
        }
        warnings.accept(
            "not profiling "
                + MethodNames.readable(cls.name, e.getMethodName(), e.getDescriptor())
                + ": with probes it would exceed the JVM's 64 KB code limit");
      }
    }
  }

  private boolean selected(String owner, MethodNode m) {
    if (selection.excludes(owner, m.name, m.desc)) {
      return false;
    }
    return !selection.hasIncludes() || selection.includes(owner, m.name, m.desc);
  }

  private static boolean profilable(MethodNode m) {
    return (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_BRIDGE)) == 0
        && m.instructions != null
        && m.instructions.size() > 0;
  }

  /** {@code counters = CallRecorder.enter(id + 1); frame = counters.push(id);} */
  private InsnList prologue(MethodNode m, int id) {
    String counters = runtime.countersClass();
    InsnList p = new InsnList();
    p.add(FrameProbes.pushInt(id + 1)); // Stack: I
    p.add(
        new MethodInsnNode(
            Opcodes.INVOKESTATIC,
            runtime.recorderClass(),
            "enter",
            "(I)L" + counters + ";",
            false));
    p.add(new InsnNode(Opcodes.DUP)); // Stack: counters, counters
    p.add(new VarInsnNode(Opcodes.ASTORE, FrameProbes.countersVar(m))); // Stack: counters
    p.add(FrameProbes.pushInt(id)); // Stack: counters, I
    String push = runtime.countsMemory() ? "pushWithMemory" : "push";
    p.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, counters, push, "(I)I", false));
    p.add(new VarInsnNode(Opcodes.ISTORE, FrameProbes.frameVar(m))); // Stack: (empty)
    return p;
  }

  private static int firstLine(MethodNode m) {
    int first = 0;
    for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
      if (insn instanceof LineNumberNode) {
        int line = ((LineNumberNode) insn).line;
        first = first == 0 ? line : Math.min(first, line);
      }
    }
    return first;
  }
}
