package org.jkernprof.agent.instr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Where line probes go, whatever they record: the instructions where a line starts, and how a probe
 * goes in front of a {@code NEW} without breaking the stack map frames that name its object. Shared
 * by the clock probes ({@link LineProbeInserter}) and the counting probes ({@link
 * CountingProbeInserter}), so both count the same hits.
 */
final class LineStarts {
  private LineStarts() {}

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
  static Map<AbstractInsnNode, Integer> of(InsnList code, List<TryCatchBlockNode> handlers) {
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
  static LabelNode labelNewApart(
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
  static void relabelUninitialized(InsnList code, Map<LabelNode, LabelNode> newLabels) {
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

  static AbstractInsnNode firstRealInsnFrom(AbstractInsnNode node) {
    AbstractInsnNode insn = node;
    while (insn != null && insn.getOpcode() < 0) {
      insn = insn.getNext();
    }
    return insn;
  }
}
