package org.jkernprof.agent.instr;

import java.util.IdentityHashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Inserts line probes into one method, guided by its LineNumberTable: a probe at the first
 * instruction of every line-table entry closes the previous line and starts the new one. The
 * frame's prologue, exits and handlers come from {@link FrameProbes}. With {@link
 * LineTimer#SAMPLED} the {@link CountingProbeInserter} inserts counting probes instead.
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
    if (runtime.lineTimer() == LineTimer.SAMPLED) {
      CountingProbeInserter.insert(method, runtime, slots, withFrames);
      return;
    }
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
    Map<AbstractInsnNode, Integer> lineStarts = LineStarts.of(code, method.tryCatchBlocks);
    Map<LabelNode, LabelNode> newLabels = new IdentityHashMap<>();
    for (Map.Entry<AbstractInsnNode, Integer> start : lineStarts.entrySet()) {
      int line = start.getValue();
      AbstractInsnNode first = start.getKey();
      if (first.getOpcode() == Opcodes.NEW) {
        first = LineStarts.labelNewApart(code, first, newLabels);
      }
      code.insertBefore(
          first, lineProbe(countersVar, frameVar, slots.slot(line), slots.slotToKeep(line)));
    }
    if (!newLabels.isEmpty()) {
      LineStarts.relabelUninitialized(code, newLabels);
    }
    new FrameProbes(counters, exitMethod)
        .insert(method, prologue(countersVar, frameVar, slots.capacity()), thisInit, withFrames);
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
