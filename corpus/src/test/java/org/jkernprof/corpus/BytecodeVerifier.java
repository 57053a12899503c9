package org.jkernprof.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;

/**
 * ASM's data-flow verifier over every method of a class file: types on the stack and in locals at
 * every instruction, calls against their descriptors, and the declared max stack and locals. It
 * does not read stack map frames; the JVM's own verifier checks those (see {@link LinkCheck}).
 */
final class BytecodeVerifier {
  private final ClassHierarchy hierarchy;

  BytecodeVerifier(ClassHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  /**
   * One line per method that fails, {@code name(desc): reason}; empty if all pass. The class may
   * have been read without debug information: the analysis does not need it.
   */
  List<String> verify(ClassNode cls) {
    List<String> problems = new ArrayList<>();
    for (MethodNode method : cls.methods) {
      if (method.instructions.size() == 0) {
        continue;
      }
      try {
        new Analyzer<BasicValue>(new HierarchyVerifier(hierarchy, cls.name))
            .analyze(cls.name, method);
        checkUninitializedLabels(method);
      } catch (AnalyzerException | RuntimeException e) {
        problems.add(method.name + method.desc + ": " + e.getMessage());
      }
    }
    return problems;
  }

  private static void checkUninitializedLabels(MethodNode method) throws AnalyzerException {
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof FrameNode) {
        FrameNode frame = (FrameNode) insn;
        for (List<Object> types : Arrays.asList(frame.local, frame.stack)) {
          for (Object type : types == null ? List.of() : types) {
            if (type instanceof LabelNode && !labelsNew((LabelNode) type)) {
              throw new AnalyzerException(
                  insn,
                  "a frame at instruction "
                      + method.instructions.indexOf(insn)
                      + " names an uninitialized object by a label that is not at its NEW");
            }
          }
        }
      }
    }
  }

  private static boolean labelsNew(LabelNode label) {
    AbstractInsnNode insn = label;
    while (insn != null && insn.getOpcode() < 0) {
      insn = insn.getNext();
    }
    return insn != null && insn.getOpcode() == Opcodes.NEW;
  }
}
