package org.jkernprof.agent.instr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Inserts line probes into one method, guided by its LineNumberTable.
 *
 * <p>The method gets two locals after its own: its thread's counters and its index in their frame
 * table. A prologue fills them; a probe at the first instruction of every line-table entry closes
 * the previous line and starts the new one; a probe before every return, and a catch-all handler
 * that rethrows, close the frame. Probes add no branches, so the only new stack map frames are the
 * handlers'; every existing frame gains the two locals. The method must have been read with {@code
 * ClassReader.EXPAND_FRAMES}.
 */
final class LineProbeInserter {
  /** The most stack the probes need on top of what the method itself uses. */
  private static final int EXTRA_STACK = 4;

  /** Locals added: the thread's counters and the frame's index in them. */
  private static final int EXTRA_LOCALS = 2;

  /**
   * Instruments {@code method}.
   *
   * @param method a method with code and at least one line number
   * @param runtime the recorder the probes call
   * @param slots which slot each line's probe counts into
   * @param thisInit for a constructor, the {@code super(...)} or {@code this(...)} call that
   *     initializes {@code this}; {@code null} if it was not found, in which case exceptions that
   *     leave the constructor are not seen (the last line's time of such a frame is lost)
   * @param withFrames whether the class file carries stack map frames (version 50 and later)
   */
  static void insert(
      MethodNode method,
      ProbeRuntime runtime,
      MethodSlots slots,
      AbstractInsnNode thisInit,
      boolean withFrames) {
    LineProbeInserter probes =
        new LineProbeInserter(runtime.recorderClass(), runtime.countersClass());
    probes.insertInto(method, slots, thisInit, withFrames);
  }

  private final String recorder;
  private final String counters;

  private LineProbeInserter(String recorder, String counters) {
    this.recorder = recorder;
    this.counters = counters;
  }

  private void insertInto(
      MethodNode method, MethodSlots slots, AbstractInsnNode thisInit, boolean withFrames) {
    boolean isConstructor = "<init>".equals(method.name);
    int countersVar = method.maxLocals;
    int frameVar = countersVar + 1;
    InsnList code = method.instructions;

    Map<AbstractInsnNode, Integer> lineStarts = lineStarts(code, method.tryCatchBlocks);
    List<AbstractInsnNode> returns = new ArrayList<>();
    for (AbstractInsnNode insn = code.getFirst(); insn != null; insn = insn.getNext()) {
      int op = insn.getOpcode();
      if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) {
        returns.add(insn);
      } else if (insn instanceof FrameNode) {
        extendFrame((FrameNode) insn, countersVar);
      }
    }

    for (Map.Entry<AbstractInsnNode, Integer> start : lineStarts.entrySet()) {
      int line = start.getValue();
      code.insertBefore(
          start.getKey(),
          lineProbe(countersVar, frameVar, slots.slot(line), slots.slotToKeep(line)));
    }
    for (AbstractInsnNode ret : returns) {
      code.insertBefore(ret, exitProbe(countersVar, frameVar));
    }

    LabelNode codeStart = new LabelNode();
    LabelNode codeEnd = new LabelNode();
    code.insert(codeStart);
    code.add(codeEnd);
    code.insert(prologue(countersVar, frameVar, slots.capacity()));
    if (!isConstructor) {
      addCatchAll(method, codeStart, codeEnd, Opcodes.TOP, countersVar, withFrames);
    } else if (thisInit != null) {
      // A handler's frame must match whether `this` is initialized, so one handler closes the
      // frame for exceptions before super(...) and another for those after it. The call itself
      // can be covered by neither (HotSpot checks its handlers with `this` initialized but still
      // flagged uninitialized), so an exception thrown by the super constructor leaves this
      // frame's last line without its time.
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

  /**
   * Maps each instruction where a line starts to that line: the first real instruction of each
   * line-table entry (where several entries share one, the last wins, as in stack traces), and the
   * head of every loop that javac left without an entry of its own.
   *
   * <p>javac compiles {@code for (T x : items)} so that the back jump lands on the {@code
   * hasNext()} check in the middle of the header line's code, with no line-table entry there.
   * Without a probe at that loop head, the header's work in every iteration would be timed as part
   * of the line before the jump, usually the closing brace, and the header would count one hit. A
   * loop head takes the line whose code it sits in.
   */
  private static Map<AbstractInsnNode, Integer> lineStarts(
      InsnList code, List<TryCatchBlockNode> handlers) {
    Map<AbstractInsnNode, Integer> starts = new IdentityHashMap<>();
    Map<LabelNode, Integer> lineAtLabel = new IdentityHashMap<>();
    List<JumpInsnNode> backJumps = new ArrayList<>();
    int currentLine = -1;
    for (AbstractInsnNode insn = code.getFirst(); insn != null; insn = insn.getNext()) {
      if (insn instanceof LineNumberNode) {
        LineNumberNode ln = (LineNumberNode) insn;
        currentLine = ln.line;
        AbstractInsnNode target = firstRealInsnFrom(ln.start);
        if (target != null) {
          starts.put(target, ln.line);
        }
      } else if (insn instanceof LabelNode) {
        lineAtLabel.put((LabelNode) insn, currentLine);
      } else if (insn instanceof JumpInsnNode) {
        // A back jump within one line (a for loop's update jumping to its condition) does not
        // enter a line, so only one from another line needs a probe at its target.
        Integer targetLine = lineAtLabel.get(((JumpInsnNode) insn).label);
        if (targetLine != null && targetLine != currentLine) {
          backJumps.add((JumpInsnNode) insn);
        }
      }
    }
    for (JumpInsnNode jump : backJumps) {
      startInLineAt(jump.label, lineAtLabel, starts);
    }
    for (TryCatchBlockNode block : handlers) {
      startInLineAt(block.handler, lineAtLabel, starts);
    }
    return starts;
  }

  /** Makes {@code label} a line start, for the line whose code it sits in, unless it is one. */
  private static void startInLineAt(
      LabelNode label, Map<LabelNode, Integer> lineAtLabel, Map<AbstractInsnNode, Integer> starts) {
    Integer line = lineAtLabel.get(label);
    AbstractInsnNode head = firstRealInsnFrom(label);
    if (line != null && line >= 0 && head != null && !starts.containsKey(head)) {
      starts.put(head, line);
    }
  }

  private static AbstractInsnNode firstRealInsnFrom(AbstractInsnNode node) {
    AbstractInsnNode insn = node;
    while (insn != null && insn.getOpcode() < 0) {
      insn = insn.getNext();
    }
    return insn;
  }

  /** {@code counters = LineRecorder.enter(capacity); frame = counters.push();} */
  private InsnList prologue(int countersVar, int frameVar, int capacity) {
    InsnList p = new InsnList();
    p.add(pushInt(capacity)); // Stack: I
    p.add(
        new MethodInsnNode(
            Opcodes.INVOKESTATIC, recorder, "enter", "(I)L" + counters + ";", false));
    p.add(new InsnNode(Opcodes.DUP)); // Stack: counters, counters
    p.add(new VarInsnNode(Opcodes.ASTORE, countersVar)); // Stack: counters
    p.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, counters, "push", "()I", false));
    p.add(new VarInsnNode(Opcodes.ISTORE, frameVar)); // Stack: (empty)
    return p;
  }

  /** {@code counters.line(frame, lineSlot, keptSlot);} */
  private InsnList lineProbe(int countersVar, int frameVar, int lineSlot, int keptSlot) {
    InsnList p = new InsnList();
    p.add(new VarInsnNode(Opcodes.ALOAD, countersVar)); // Stack: counters
    p.add(new VarInsnNode(Opcodes.ILOAD, frameVar)); // Stack: counters, I
    p.add(pushInt(lineSlot)); // Stack: counters, I, I
    p.add(pushInt(keptSlot)); // Stack: counters, I, I, I
    p.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, counters, "line", "(III)V", false));
    return p;
  }

  /** {@code counters.exit(frame);} */
  private InsnList exitProbe(int countersVar, int frameVar) {
    InsnList p = new InsnList();
    p.add(new VarInsnNode(Opcodes.ALOAD, countersVar)); // Stack: counters
    p.add(new VarInsnNode(Opcodes.ILOAD, frameVar)); // Stack: counters, I
    p.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, counters, "exit", "(I)V", false));
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

  /** Appends the probes' two locals to an expanded frame, padding the method's locals with TOP. */
  private void extendFrame(FrameNode frame, int countersVar) {
    List<Object> locals = frame.local == null ? new ArrayList<>() : new ArrayList<>(frame.local);
    int used = 0;
    for (Object type : locals) {
      used += (type == Opcodes.LONG || type == Opcodes.DOUBLE) ? 2 : 1;
    }
    for (; used < countersVar; used++) {
      locals.add(Opcodes.TOP);
    }
    locals.add(counters);
    locals.add(Opcodes.INTEGER);
    frame.local = locals;
  }

  private static AbstractInsnNode pushInt(int value) {
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
