package org.jkernprof.agent.instr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Counting probes for {@link LineTimer#SAMPLED}, as cheap as JaCoCo's: once per frame {@code counts
 * = LineRecorder.hitCounts(table)} (this thread's hit array for the method), then {@code
 * counts[i]++} inline where line {@code i} starts. No clock, no call per line, no frame stack, so
 * no exit probes and no exception handlers.
 *
 * <p>The hits are those the clock probes count, at the same line starts ({@link LineStarts}). A
 * clock probe counts a hit only when the frame was not on the line already (for-each loop heads,
 * handlers and repeated line-table entries sit in a line the frame may already be on), which a
 * counting probe cannot see at run time. So a data-flow pass finds, for every line start and every
 * edge into it, which lines the frame can be on: where it can only be on that line the edge counts
 * nothing, where never the edge counts. An increment that only some edges must make goes on those
 * edges: in front of the labels for the fall-through, in front of the {@code GOTO} for a jump, or
 * for the fall-through alone not counting, behind a {@code GOTO} that the fall-through takes around
 * it. Methods where this does not work (an edge that may or may not be on the line, or a
 * conditional jump that alone must count) throw {@link Unsupported}.
 */
final class CountingProbeInserter {
  /** A method whose hits counting probes cannot count exactly. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String methodName;
    final String descriptor;

    Unsupported(MethodNode method, int line) {
      super(
          "line "
              + line
              + " is entered both from itself and from other lines along one edge, which counting"
              + " probes cannot tell apart");
      this.methodName = method.name;
      this.descriptor = method.desc;
    }
  }

  /** The state of a frame before its first line: on no line. */
  private static final int NO_LINE = Integer.MIN_VALUE;

  /** The most stack a counting probe needs: array, index, array, index, long, long. */
  private static final int EXTRA_STACK = 6;

  /** The hit array's local, after the method's own. */
  private static final String HITS_TYPE = "[J";

  private CountingProbeInserter() {}

  /**
   * Instruments {@code method}. In a trial rewrite ({@code slots} a placeholder) the table id is a
   * placeholder as wide as any real one and nothing is registered.
   */
  static void insert(
      MethodNode method, ProbeRuntime runtime, MethodSlots slots, boolean withFrames) {
    int hitsVar = method.maxLocals;
    List<Integer> lines = slots.lines();
    Map<Integer, Integer> indexOfLine = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      indexOfLine.put(lines.get(i), i);
    }
    InsnList code = method.instructions;
    Map<AbstractInsnNode, Integer> starts = LineStarts.of(code, method.tryCatchBlocks);
    Plan plan = new Plan(method, starts, slots);
    // Every start's edges first, while the code is as the data flow saw it.
    Map<AbstractInsnNode, Edges> edgesByStart = new IdentityHashMap<>();
    for (Map.Entry<AbstractInsnNode, Integer> start : starts.entrySet()) {
      edgesByStart.put(start.getKey(), plan.edgesInto(start.getKey(), start.getValue()));
    }
    Map<LabelNode, LabelNode> newLabels = new IdentityHashMap<>();
    for (Map.Entry<AbstractInsnNode, Integer> start : starts.entrySet()) {
      AbstractInsnNode first = start.getKey();
      int line = start.getValue();
      int index = indexOfLine.get(line);
      Edges edges = edgesByStart.get(first);
      if (edges.none()) {
        continue;
      }
      boolean canJumpHere = edges.frame != null || !withFrames;
      if (edges.all()) {
        code.insertBefore(probeSpot(code, first, newLabels), increment(hitsVar, index));
      } else if (edges.countingJumps.isEmpty() && canJumpHere) {
        // On the counting edges only: each is a fall-through, a GOTO or a handler's range.
        if (edges.fallThroughCounts) {
          code.insertBefore(edges.runStart, increment(hitsVar, index));
        }
        for (AbstractInsnNode jump : edges.countingGotos) {
          code.insertBefore(jump, increment(hitsVar, index));
        }
        for (HandlerEdge handler : edges.handlers) {
          plan.splitForCounting(handler, edges.frame, increment(hitsVar, index));
        }
      } else if (!edges.fallThroughCounts && edges.allJumpsCount() && canJumpHere) {
        // Every jump counts, the fall-through does not: it goes around the increment.
        LabelNode skip = new LabelNode();
        code.insertBefore(edges.runStart, new JumpInsnNode(Opcodes.GOTO, skip));
        AbstractInsnNode spot = probeSpot(code, first, newLabels);
        code.insertBefore(spot, increment(hitsVar, index));
        code.insertBefore(spot, skip);
        if (withFrames) {
          code.insertBefore(spot, copy(edges.frame));
        }
      } else {
        throw new Unsupported(method, line);
      }
    }
    if (!newLabels.isEmpty()) {
      LineStarts.relabelUninitialized(code, newLabels);
    }
    for (AbstractInsnNode insn = code.getFirst(); insn != null; insn = insn.getNext()) {
      if (insn instanceof FrameNode) {
        FrameProbes.extendFrame((FrameNode) insn, hitsVar, HITS_TYPE);
      }
    }
    int table =
        slots.isPlaceholder() ? Short.MAX_VALUE : runtime.registerHitTable(slots.slotTable());
    InsnList prologue = new InsnList();
    prologue.add(FrameProbes.pushInt(table));
    prologue.add(
        new MethodInsnNode(
            Opcodes.INVOKESTATIC, runtime.recorderClass(), "hitCounts", "(I)" + HITS_TYPE, false));
    prologue.add(new VarInsnNode(Opcodes.ASTORE, hitsVar));
    code.insert(prologue);
    method.maxLocals += 1;
    method.maxStack += EXTRA_STACK;
  }

  /** Where a probe at line start {@code first} goes: in front of it, or of its NEW's own label. */
  private static AbstractInsnNode probeSpot(
      InsnList code, AbstractInsnNode first, Map<LabelNode, LabelNode> newLabels) {
    if (first.getOpcode() != Opcodes.NEW) {
      return first;
    }
    AbstractInsnNode before = first.getPrevious();
    if (before instanceof LabelNode && newLabels.containsValue(before)) {
      return before;
    }
    return LineStarts.labelNewApart(code, first, newLabels);
  }

  /** {@code counts[index]++}. */
  private static InsnList increment(int hitsVar, int index) {
    InsnList p = new InsnList();
    p.add(new VarInsnNode(Opcodes.ALOAD, hitsVar)); // Stack: [J
    p.add(FrameProbes.pushInt(index)); // Stack: [J, I
    p.add(new InsnNode(Opcodes.DUP2)); // Stack: [J, I, [J, I
    p.add(new InsnNode(Opcodes.LALOAD)); // Stack: [J, I, J
    p.add(new InsnNode(Opcodes.LCONST_1)); // Stack: [J, I, J, J
    p.add(new InsnNode(Opcodes.LADD)); // Stack: [J, I, J
    p.add(new InsnNode(Opcodes.LASTORE)); // Stack: (empty)
    return p;
  }

  private static FrameNode copy(FrameNode frame) {
    return new FrameNode(
        Opcodes.F_NEW,
        frame.local.size(),
        frame.local.toArray(),
        frame.stack.size(),
        frame.stack.toArray());
  }

  /**
   * An exception edge into a line start: the handler's range, and which of its instructions count a
   * hit when they throw.
   */
  private static final class HandlerEdge {
    final TryCatchBlockNode block;

    /** Per instruction index of the range (real instructions only), whether it counts. */
    final Map<Integer, Boolean> counts = new java.util.TreeMap<>();

    HandlerEdge(TryCatchBlockNode block) {
      this.block = block;
    }

    boolean all() {
      return !counts.containsValue(false);
    }

    boolean none() {
      return !counts.containsValue(true);
    }
  }

  /** The edges into one line start, and which of them count a hit. */
  private static final class Edges {
    /** The first node after the previous real instruction: code here runs on fall-through only. */
    AbstractInsnNode runStart;

    /** The stack map frame of the line start, which jumps reach; null without frames. */
    FrameNode frame;

    boolean hasFallThrough;
    boolean fallThroughCounts;

    /** Jumps (switches and RETs included) that do not count. */
    int quietJumps;

    /** GOTOs that count. */
    final List<AbstractInsnNode> countingGotos = new ArrayList<>();

    /** Other jumps that count: conditional ones, switches, RETs. */
    final List<AbstractInsnNode> countingJumps = new ArrayList<>();

    final List<HandlerEdge> handlers = new ArrayList<>();

    void jump(AbstractInsnNode source, boolean counts) {
      if (!counts) {
        quietJumps++;
      } else if (source.getOpcode() == Opcodes.GOTO) {
        countingGotos.add(source);
      } else {
        countingJumps.add(source);
      }
    }

    boolean allJumpsCount() {
      return quietJumps == 0 && handlers.stream().allMatch(HandlerEdge::all);
    }

    boolean none() {
      return !fallThroughCounts
          && countingGotos.isEmpty()
          && countingJumps.isEmpty()
          && handlers.stream().allMatch(HandlerEdge::none);
    }

    boolean all() {
      return (fallThroughCounts || !hasFallThrough) && allJumpsCount();
    }
  }

  /**
   * The data flow: for every instruction, the lines the frame can be on when it is reached (the
   * line of the last probe that ran, or {@link #NO_LINE}), as the clock probes' frame state would
   * hold it.
   */
  private static final class Plan {
    private final MethodNode method;
    private final AbstractInsnNode[] insns;
    private final Map<AbstractInsnNode, Integer> indexes = new IdentityHashMap<>();
    private final List<Integer> afterJsr = new ArrayList<>();
    private final List<AbstractInsnNode> rets = new ArrayList<>();
    private final Map<AbstractInsnNode, Integer> starts;
    private final MethodSlots slots;
    private final List<Set<Integer>> in = new ArrayList<>();

    /** Per label, the instructions that jump to it (exception edges: the handler's range). */
    private final Map<LabelNode, List<Object>> jumpsTo = new IdentityHashMap<>();

    Plan(MethodNode method, Map<AbstractInsnNode, Integer> starts, MethodSlots slots) {
      this.method = method;
      this.insns = method.instructions.toArray();
      this.starts = starts;
      this.slots = slots;
      for (int i = 0; i < insns.length; i++) {
        in.add(new HashSet<>());
        indexes.put(insns[i], i);
      }
      for (int i = 0; i < insns.length; i++) {
        AbstractInsnNode insn = insns[i];
        if (insn instanceof JumpInsnNode) {
          jumpsTo(((JumpInsnNode) insn).label).add(insn);
          if (insn.getOpcode() == Opcodes.JSR && i + 1 < insns.length) {
            afterJsr.add(i + 1);
          }
        } else if (insn instanceof TableSwitchInsnNode) {
          TableSwitchInsnNode s = (TableSwitchInsnNode) insn;
          jumpsTo(s.dflt).add(insn);
          s.labels.forEach(l -> jumpsTo(l).add(insn));
        } else if (insn instanceof LookupSwitchInsnNode) {
          LookupSwitchInsnNode s = (LookupSwitchInsnNode) insn;
          jumpsTo(s.dflt).add(insn);
          s.labels.forEach(l -> jumpsTo(l).add(insn));
        } else if (insn.getOpcode() == Opcodes.RET) {
          rets.add(insn);
        }
      }
      for (TryCatchBlockNode block : method.tryCatchBlocks) {
        jumpsTo(block.handler).add(block);
      }
      solve();
    }

    private List<Object> jumpsTo(LabelNode label) {
      return jumpsTo.computeIfAbsent(label, l -> new ArrayList<>());
    }

    private void solve() {
      ArrayDeque<Integer> work = new ArrayDeque<>();
      in.get(0).add(NO_LINE);
      work.add(0);
      while (!work.isEmpty()) {
        int i = work.poll();
        AbstractInsnNode insn = insns[i];
        Set<Integer> out = out(insn, in.get(i));
        List<Integer> next = new ArrayList<>();
        int op = insn.getOpcode();
        if (insn instanceof JumpInsnNode) {
          next.add(indexes.get(((JumpInsnNode) insn).label));
          if (op != Opcodes.GOTO && op != Opcodes.JSR) {
            next.add(i + 1);
          }
        } else if (insn instanceof TableSwitchInsnNode) {
          TableSwitchInsnNode s = (TableSwitchInsnNode) insn;
          next.add(indexes.get(s.dflt));
          s.labels.forEach(l -> next.add(indexes.get(l)));
        } else if (insn instanceof LookupSwitchInsnNode) {
          LookupSwitchInsnNode s = (LookupSwitchInsnNode) insn;
          next.add(indexes.get(s.dflt));
          s.labels.forEach(l -> next.add(indexes.get(l)));
        } else if (op == Opcodes.RET) {
          next.addAll(afterJsr);
        } else if (!(op >= Opcodes.IRETURN && op <= Opcodes.RETURN) && op != Opcodes.ATHROW) {
          next.add(i + 1);
        }
        if (op >= 0) {
          for (TryCatchBlockNode block : method.tryCatchBlocks) {
            if (covers(block, i)) {
              next.add(indexes.get(block.handler));
            }
          }
        }
        for (int n : next) {
          if (n < insns.length && in.get(n).addAll(out)) {
            work.add(n);
          }
        }
      }
    }

    private boolean covers(TryCatchBlockNode block, int i) {
      return indexes.get(block.start) <= i && i < indexes.get(block.end);
    }

    /** The lines the frame can be on after {@code insn}, reached on {@code before}. */
    private Set<Integer> out(AbstractInsnNode insn, Set<Integer> before) {
      Integer line = starts.get(insn);
      if (line == null) {
        return before;
      }
      return Set.of(slots.keepsLine(line) ? line : NO_LINE);
    }

    /** The lines the frame can be on when it leaves {@code insn}; computed after solving. */
    private Set<Integer> outAt(AbstractInsnNode insn) {
      return out(insn, in.get(indexes.get(insn)));
    }

    Edges edgesInto(AbstractInsnNode first, int line) {
      Edges edges = new Edges();
      AbstractInsnNode runStart = first;
      while (runStart.getPrevious() != null && runStart.getPrevious().getOpcode() < 0) {
        runStart = runStart.getPrevious();
      }
      edges.runStart = runStart;
      AbstractInsnNode previous = runStart.getPrevious();
      if (previous == null) {
        edges.hasFallThrough = true;
        edges.fallThroughCounts = true; // the frame starts on no line
      } else if (fallsThrough(previous)) {
        edges.hasFallThrough = true;
        edges.fallThroughCounts = counts(outAt(previous), line);
      } else if (previous.getOpcode() == Opcodes.JSR) {
        for (AbstractInsnNode ret : rets) {
          edges.jump(ret, counts(outAt(ret), line));
        }
      }
      for (AbstractInsnNode n = runStart; n != first; n = n.getNext()) {
        if (!(n instanceof LabelNode)) {
          continue;
        }
        for (Object source : jumpsTo.getOrDefault((LabelNode) n, List.of())) {
          if (source instanceof TryCatchBlockNode) {
            edges.handlers.add(handlerEdge((TryCatchBlockNode) source, line));
          } else {
            edges.jump((AbstractInsnNode) source, counts(outAt((AbstractInsnNode) source), line));
          }
        }
      }
      for (AbstractInsnNode n = runStart; n != first; n = n.getNext()) {
        if (n instanceof FrameNode) {
          edges.frame = (FrameNode) n;
        }
      }
      return edges;
    }

    private HandlerEdge handlerEdge(TryCatchBlockNode block, int line) {
      HandlerEdge edge = new HandlerEdge(block);
      int end = indexes.get(block.end);
      for (int i = indexes.get(block.start); i < end; i++) {
        if (insns[i].getOpcode() >= 0) {
          edge.counts.put(i, counts(outAt(insns[i]), line));
        }
      }
      return edge;
    }

    /**
     * Makes the instructions of {@code edge}'s range that count a hit when they throw go to a
     * handler of their own, added at the end of the method, that runs {@code increment} and jumps
     * to the handler; the others keep going straight there. The split blocks take the block's place
     * in the exception table, so handlers keep their precedence.
     */
    void splitForCounting(HandlerEdge edge, FrameNode handlerFrame, InsnList increment) {
      if (edge.none()) {
        return;
      }
      InsnList code = method.instructions;
      TryCatchBlockNode block = edge.block;
      LabelNode trampoline = new LabelNode();
      code.add(trampoline);
      if (handlerFrame != null) {
        code.add(copy(handlerFrame));
      }
      code.add(increment);
      code.add(new JumpInsnNode(Opcodes.GOTO, block.handler));
      if (edge.all()) {
        block.handler = trampoline;
        return;
      }
      List<TryCatchBlockNode> split = new ArrayList<>();
      LabelNode from = block.start;
      Boolean counting = null;
      for (Map.Entry<Integer, Boolean> insn : edge.counts.entrySet()) {
        if (counting != null && insn.getValue() != counting) {
          LabelNode boundary = new LabelNode();
          code.insertBefore(insns[insn.getKey()], boundary);
          split.add(part(block, from, boundary, counting ? trampoline : block.handler));
          from = boundary;
        }
        counting = insn.getValue();
      }
      split.add(part(block, from, block.end, counting ? trampoline : block.handler));
      int at = method.tryCatchBlocks.indexOf(block);
      method.tryCatchBlocks.remove(at);
      method.tryCatchBlocks.addAll(at, split);
    }

    private static TryCatchBlockNode part(
        TryCatchBlockNode block, LabelNode start, LabelNode end, LabelNode handler) {
      return new TryCatchBlockNode(start, end, handler, block.type);
    }

    /** Whether an edge from {@code state} counts a hit of {@code line}; never a mix of both. */
    private boolean counts(Set<Integer> state, int line) {
      if (!state.contains(line)) {
        return true;
      }
      if (state.size() == 1) {
        return false;
      }
      throw new Unsupported(method, line);
    }

    private static boolean fallsThrough(AbstractInsnNode insn) {
      int op = insn.getOpcode();
      return op != Opcodes.GOTO
          && op != Opcodes.JSR
          && op != Opcodes.RET
          && op != Opcodes.ATHROW
          && op != Opcodes.TABLESWITCH
          && op != Opcodes.LOOKUPSWITCH
          && !(op >= Opcodes.IRETURN && op <= Opcodes.RETURN);
    }
  }
}
