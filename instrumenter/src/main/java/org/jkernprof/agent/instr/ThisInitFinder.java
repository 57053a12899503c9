package org.jkernprof.agent.instr;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;

/**
 * Finds, in a constructor, the {@code super(...)} or {@code this(...)} call that initializes {@code
 * this}. Arguments may themselves create objects ({@code super(new Foo())}), so the call is told
 * apart by data flow, not by its owner: it is the {@code <init>} call whose receiver is the
 * constructor's own uninitialized {@code this}.
 */
final class ThisInitFinder {
  private static final BasicValue THIS_BEFORE_INIT =
      new BasicValue(Type.getObjectType("jkernprof/UninitializedThis"));

  private ThisInitFinder() {}

  /**
   * Returns the call, or {@code null} if there is none or more than one (bytecode javac never
   * emits), or if the method cannot be analyzed.
   */
  static AbstractInsnNode find(String owner, MethodNode constructor) {
    Finder finder = new Finder();
    try {
      new Analyzer<>(finder).analyze(owner, constructor);
    } catch (AnalyzerException e) {
      return null;
    }
    return finder.ambiguous ? null : finder.found;
  }

  private static final class Finder extends BasicInterpreter {
    AbstractInsnNode found;
    boolean ambiguous;

    Finder() {
      super(Opcodes.ASM9);
    }

    @Override
    public BasicValue newParameterValue(boolean isInstanceMethod, int local, Type type) {
      if (isInstanceMethod && local == 0) {
        return THIS_BEFORE_INIT;
      }
      return super.newParameterValue(isInstanceMethod, local, type);
    }

    @Override
    public BasicValue naryOperation(AbstractInsnNode insn, List<? extends BasicValue> values)
        throws AnalyzerException {
      if (insn.getOpcode() == Opcodes.INVOKESPECIAL
          && "<init>".equals(((MethodInsnNode) insn).name)
          && values.get(0) == THIS_BEFORE_INIT) {
        if (found != null && found != insn) {
          ambiguous = true;
        }
        found = insn;
      }
      return super.naryOperation(insn, values);
    }
  }
}
