package org.jkernprof.agent.instr;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The probes every instrumented frame gets, whatever it records: two locals after the method's own
 * (the thread's counters and the frame's index in them) filled by a prologue, an exit probe before
 * every return, and catch-all handlers that call exit and rethrow when an exception leaves the
 * frame. Probes add no branches, so the only new stack map frames are the handlers'; every existing
 * frame gains the two locals. The method must have been read with {@code
 * ClassReader.EXPAND_FRAMES}. Line probes, if any, are inserted before this runs.
 */
final class FrameProbes {
  /** The most stack any probe needs on top of what the method itself uses. */
  private static final int EXTRA_STACK = 4;

  /** Locals added: the thread's counters and the frame's index in them. */
  private static final int EXTRA_LOCALS = 2;

  private final String counters;
  private final String exitMethod;

  /**
   * @param counters internal name of the counters class
   * @param exitMethod the counters' method with descriptor {@code (I)V} that closes a frame
   */
  FrameProbes(String counters, String exitMethod) {
    this.counters = counters;
    this.exitMethod = exitMethod;
  }

  /** The local that holds the counters, for probes built before {@link #insert}. */
  static int countersVar(MethodNode method) {
    return method.maxLocals;
  }

  /** The local that holds the frame's index. */
  static int frameVar(MethodNode method) {
    return method.maxLocals + 1;
  }

  /**
   * @param prologue code that stores the counters in {@link #countersVar} and the frame's index in
   *     {@link #frameVar}, run once at the start of the method
   * @param thisInit for a constructor, the {@code super(...)} or {@code this(...)} call that
   *     initializes {@code this}; {@code null} if it was not found, in which case exceptions that
   *     leave the constructor are not seen
   * @param withFrames whether the class file carries stack map frames (version 50 and later)
   */
  void insert(MethodNode method, InsnList prologue, AbstractInsnNode thisInit, boolean withFrames) {
    int countersVar = countersVar(method);
    int frameVar = frameVar(method);
    InsnList code = method.instructions;
    List<AbstractInsnNode> returns = new ArrayList<>();
    for (AbstractInsnNode insn = code.getFirst(); insn != null; insn = insn.getNext()) {
      int op = insn.getOpcode();
      if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) {
        returns.add(insn);
      } else if (insn instanceof FrameNode) {
        extendFrame((FrameNode) insn, countersVar, counters, Opcodes.INTEGER);
      }
    }
    for (AbstractInsnNode ret : returns) {
      code.insertBefore(ret, exitProbe(countersVar, frameVar));
    }

    LabelNode codeStart = new LabelNode();
    LabelNode codeEnd = new LabelNode();
    code.insert(codeStart);
    code.add(codeEnd);
    code.insert(prologue);
    if (!"<init>".equals(method.name)) {
      addCatchAll(method, codeStart, codeEnd, Opcodes.TOP, countersVar, withFrames);
    } else if (thisInit != null) {
      // A handler's frame must match whether `this` is initialized, so one handler closes the
      // frame for exceptions before super(...) and another for those after it. The call itself
      // can be covered by neither (HotSpot checks its handlers with `this` initialized but still
      // flagged uninitialized), so an exception thrown by the super constructor leaves this
      // frame open; the runtime closes such frames when an outer frame exits.
      LabelNode beforeInit = new LabelNode();
      LabelNode afterInit = new LabelNode();
      code.insertBefore(thisInit, beforeInit);
      code.insert(thisInit, afterInit);
      addCatchAll(
          method, codeStart, beforeInit, Opcodes.UNINITIALIZED_THIS, countersVar, withFrames);
      addCatchAll(method, afterInit, codeEnd, Opcodes.TOP, countersVar, withFrames);
    }
    method.maxLocals += EXTRA_LOCALS;
    method.maxStack += EXTRA_STACK;
  }

  /** {@code counters.exit(frame);}, or the exit method given. */
  private InsnList exitProbe(int countersVar, int frameVar) {
    InsnList p = new InsnList();
    p.add(new VarInsnNode(Opcodes.ALOAD, countersVar)); // Stack: counters
    p.add(new VarInsnNode(Opcodes.ILOAD, frameVar)); // Stack: counters, I
    p.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, counters, exitMethod, "(I)V", false));
    return p;
  }

  /**
   * Closes the frame when an exception leaves {@code [start, end)}: a handler for any throwable,
   * added after every handler of the method's own so they take precedence, that calls exit and
   * rethrows.
   *
   * @param thisType the type of local 0 in the handler's frame: {@code UNINITIALIZED_THIS} for code
   *     of a constructor before {@code super(...)} returns, else {@code TOP}
   */
  private void addCatchAll(
      MethodNode method,
      LabelNode start,
      LabelNode end,
      Object thisType,
      int countersVar,
      boolean withFrames) {
    if (!hasRealInsnBetween(start, end)) {
      return;
    }
    InsnList code = method.instructions;
    LabelNode handler = new LabelNode();
    code.add(handler);
    if (withFrames) {
      Object[] locals = new Object[countersVar + 2];
      for (int i = 0; i < countersVar; i++) {
        locals[i] = Opcodes.TOP;
      }
      if (countersVar > 0) {
        locals[0] = thisType;
      }
      locals[countersVar] = counters;
      locals[countersVar + 1] = Opcodes.INTEGER;
      code.add(
          new FrameNode(
              Opcodes.F_NEW, locals.length, locals, 1, new Object[] {"java/lang/Throwable"}));
    }
    code.add(exitProbe(countersVar, countersVar + 1)); // Stack: Throwable
    code.add(new InsnNode(Opcodes.ATHROW));
    method.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, null));
  }

  private static boolean hasRealInsnBetween(AbstractInsnNode from, AbstractInsnNode to) {
    for (AbstractInsnNode insn = from; insn != to && insn != null; insn = insn.getNext()) {
      if (insn.getOpcode() >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Appends the probes' locals ({@code types}, from local {@code firstVar}) to an expanded frame,
   * padding the method's locals with TOP.
   */
  static void extendFrame(FrameNode frame, int firstVar, Object... types) {
    List<Object> locals = frame.local == null ? new ArrayList<>() : new ArrayList<>(frame.local);
    int used = 0;
    for (Object type : locals) {
      used += (type == Opcodes.LONG || type == Opcodes.DOUBLE) ? 2 : 1;
    }
    for (; used < firstVar; used++) {
      locals.add(Opcodes.TOP);
    }
    locals.addAll(List.of(types));
    frame.local = locals;
  }

  /** The shortest instruction that pushes {@code value}. */
  static AbstractInsnNode pushInt(int value) {
    if (value >= -1 && value <= 5) {
      return new InsnNode(Opcodes.ICONST_0 + value);
    }
    if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
      return new IntInsnNode(Opcodes.BIPUSH, value);
    }
    if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
      return new IntInsnNode(Opcodes.SIPUSH, value);
    }
    return new LdcInsnNode(value);
  }
}
