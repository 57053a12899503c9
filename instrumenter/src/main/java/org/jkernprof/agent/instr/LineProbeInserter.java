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
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Inserts line probes into one method, guided by its LineNumberTable: a probe at the first
 * instruction of every line-table entry closes the previous line and starts the new one. The
 * frame's prologue, exits and handlers come from {@link FrameProbes}.
 */
final class LineProbeInserter {
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
        new LineProbeInserter(
            runtime.recorderClass(), runtime.countersClass(), runtime.countsMemory());
    probes.insertInto(method, slots, thisInit, withFrames);
  }

  private final String recorder;
  private final String counters;
  private final String lineMethod;
  private final String exitMethod;

  private LineProbeInserter(String recorder, String counters, boolean memory) {
    this.recorder = recorder;
    this.counters = counters;
    this.lineMethod = memory ? "lineWithMemory" : "line";
    this.exitMethod = memory ? "exitWithMemory" : "exit";
  }

  private void insertInto(
      MethodNode method, MethodSlots slots, AbstractInsnNode thisInit, boolean withFrames) {
    int countersVar = FrameProbes.countersVar(method);
    int frameVar = FrameProbes.frameVar(method);
    InsnList code = method.instructions;
    Map<AbstractInsnNode, Integer> lineStarts = lineStarts(code, method.tryCatchBlocks);
    Map<LabelNode, LabelNode> newLabels = new IdentityHashMap<>();
    for (Map.Entry<AbstractInsnNode, Integer> start : lineStarts.entrySet()) {
      int line = start.getValue();
      AbstractInsnNode first = start.getKey();
      if (first.getOpcode() == Opcodes.NEW) {
        first = labelNewApart(code, first, newLabels);
      }
      code.insertBefore(
          first, lineProbe(countersVar, frameVar, slots.slot(line), slots.slotToKeep(line)));
    }
    if (!newLabels.isEmpty()) {
      relabelUninitialized(code, newLabels);
    }
    new FrameProbes(counters, exitMethod)
        .insert(method, prologue(countersVar, frameVar, slots.capacity()), thisInit, withFrames);
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

  /**
   * Stack map frames name an object that {@code NEW} created, until its constructor runs, by the
   * label of that {@code NEW}: the JVM rejects the class unless the label is the offset of the
   * instruction. A probe inserted in front of the {@code NEW} takes over the offset of the labels
   * before it, which jumps and line numbers must keep (the probe is part of the line), so the
   * {@code NEW} gets a label of its own, returned for the probe to go in front of; {@code
   * newLabels} maps each old label to it.
   */
  private static LabelNode labelNewApart(
      InsnList code, AbstractInsnNode newInsn, Map<LabelNode, LabelNode> newLabels) {
    LabelNode own = new LabelNode();
    for (AbstractInsnNode node = newInsn.getPrevious();
        node != null && node.getOpcode() < 0;
        node = node.getPrevious()) {
      if (node instanceof LabelNode) {
        newLabels.put((LabelNode) node, own);
      }
    }
    code.insertBefore(newInsn, own);
    return own;
  }

  /** Makes the frames name each uninitialized object by its {@code NEW}'s own label. */
  private static void relabelUninitialized(InsnList code, Map<LabelNode, LabelNode> newLabels) {
    for (AbstractInsnNode insn = code.getFirst(); insn != null; insn = insn.getNext()) {
      if (insn instanceof FrameNode) {
        FrameNode frame = (FrameNode) insn;
        relabel(frame.local, newLabels);
        relabel(frame.stack, newLabels);
      }
    }
  }

  private static void relabel(List<Object> types, Map<LabelNode, LabelNode> newLabels) {
    if (types == null) {
      return;
    }
    for (int i = 0; i < types.size(); i++) {
      LabelNode own = newLabels.get(types.get(i));
      if (own != null) {
        types.set(i, own);
      }
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
    p.add(FrameProbes.pushInt(capacity)); // Stack: I
    p.add(
        new MethodInsnNode(
            Opcodes.INVOKESTATIC, recorder, "enter", "(I)L" + counters + ";", false));
    p.add(new InsnNode(Opcodes.DUP)); // Stack: counters, counters
    p.add(new VarInsnNode(Opcodes.ASTORE, countersVar)); // Stack: counters
    p.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, counters, "push", "()I", false));
    p.add(new VarInsnNode(Opcodes.ISTORE, frameVar)); // Stack: (empty)
    return p;
  }

  /** {@code counters.line(frame, lineSlot, keptSlot);} (or {@code lineWithMemory}) */
  private InsnList lineProbe(int countersVar, int frameVar, int lineSlot, int keptSlot) {
    InsnList p = new InsnList();
    p.add(new VarInsnNode(Opcodes.ALOAD, countersVar)); // Stack: counters
    p.add(new VarInsnNode(Opcodes.ILOAD, frameVar)); // Stack: counters, I
    p.add(FrameProbes.pushInt(lineSlot)); // Stack: counters, I, I
    p.add(FrameProbes.pushInt(keptSlot)); // Stack: counters, I, I, I
    p.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, counters, lineMethod, "(III)V", false));
    return p;
  }
}
