package org.jkernprof.agent.instr;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The sampled timer's probe for function mode: {@code CallTallies.count(id)} as the method's first
 * instruction, which counts the call on the calling thread. It adds no local, no branch, no handler
 * and no exit probe, so the method's stack map frames stay as they are; in a constructor it runs
 * before {@code super(...)}, which a static call with an int may.
 */
final class CallCountingProbe {
  private CallCountingProbe() {}

  /**
   * @param tallyClass internal name of the class with {@code static void count(int)}
   * @param id the method's id
   */
  static void insert(MethodNode method, String tallyClass, int id) {
    InsnList probe = new InsnList();
    probe.add(FrameProbes.pushInt(id)); // Stack: I
    probe.add(new MethodInsnNode(Opcodes.INVOKESTATIC, tallyClass, "count", "(I)V", false));
    method.instructions.insert(probe); // Stack: (empty), as at the method's start
    method.maxStack = Math.max(method.maxStack, 1);
  }
}
