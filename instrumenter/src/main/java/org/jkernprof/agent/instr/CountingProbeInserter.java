package org.jkernprof.agent.instr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
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
 * clock probe counts a hit only when the frame was not on the line already (one-line loops, a catch
 * on its try's line, the handler of {@code synchronized}, a condition's merge point back on the
 * statement's first line), which a counting probe cannot see at run time. So a data flow finds, for
 * every edge into a line start, which lines the frame can be on there, as the clock probes would
 * keep it: an edge that can only be on that line counts nothing, one that can never be counts.
 * Where only some edges count, the increment goes on those: in front of the labels for the
 * fall-through, in front of a {@code GOTO}, on a trampoline ({@code counts[i]++; goto target}) for
 * any other jump or for the instructions of a handler's range that throw from another line, or,
 * when only the fall-through does not count, behind a {@code GOTO} it takes around the increment.
 * An edge that may be on the line or not is traced back through the straight code before it (that
 * cannot throw) to the edges into that code. Methods where even that fails throw {@link
 * Unsupported}, and are left as they were.
 */
final class CountingProbeInserter {
  /** A method whose hits counting probes cannot count exactly. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String methodName;
    final String descriptor;

    Unsupported(MethodNode method, int line) {
      super(
          "counting probes cannot tell whether line "
              + line
              + " is entered from itself or from another line");
      this.methodName = method.name;
      this.descriptor = method.desc;
    }
  }

  /** The state of a frame before its first line: on no line. */
  private static final int NO_LINE = Integer.MIN_VALUE;

  /** The hit array's local, after the method's own. */
  private static final String HITS_TYPE = "[J";

  private CountingProbeInserter() {}

  /**
   * Instruments {@code method}. In a trial rewrite ({@code slots} a placeholder) the table id is a
   * placeholder as wide as any real one and nothing is registered.
   */
  static void insert(
      MethodNode method, ProbeRuntime runtime, MethodSlots slots, boolean withFrames) {
    List<Integer> lines = slots.lines();
    Map<Integer, Integer> indexOfLine = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      indexOfLine.put(lines.get(i), i);
    }
    InsnList code = method.instructions;
    Map<AbstractInsnNode, Integer> starts = LineStarts.of(code, method.tryCatchBlocks);
    // Every start's placements first, while the code is as the data flow saw it.
    Plan plan = new Plan(method, starts, slots, withFrames);
    List<Placement> placements = new ArrayList<>();
    for (Map.Entry<AbstractInsnNode, Integer> start : starts.entrySet()) {
      plan.place(start.getKey(), start.getValue(), indexOfLine.get(start.getValue()), placements);
    }
    int table =
        slots.isPlaceholder() ? Short.MAX_VALUE : runtime.registerHitTable(slots.slotTable());
    Counter counter =
        placements.size() == 1
            ? Counter.fetchingEachTime(runtime.recorderClass(), table)
            : Counter.fetchingOncePerFrame(runtime.recorderClass(), method.maxLocals);
    Map<LabelNode, LabelNode> newLabels = new IdentityHashMap<>();
    for (Placement p : placements) {
      p.apply(method, counter, newLabels);
    }
    if (!newLabels.isEmpty()) {
      LineStarts.relabelUninitialized(code, newLabels);
    }
    if (counter.hitsVar < 0) {
      method.maxStack += Counter.FETCHING_STACK;
      return;
    }
    for (AbstractInsnNode insn = code.getFirst(); insn != null; insn = insn.getNext()) {
      if (insn instanceof FrameNode) {
        FrameProbes.extendFrame((FrameNode) insn, counter.hitsVar, HITS_TYPE);
      }
    }
    InsnList prologue = new InsnList();
    prologue.add(FrameProbes.pushInt(table));
    prologue.add(
        new MethodInsnNode(
            Opcodes.INVOKESTATIC, runtime.recorderClass(), "hitCounts", "(I)" + HITS_TYPE, false));
    prologue.add(new VarInsnNode(Opcodes.ASTORE, counter.hitsVar));
    code.insert(prologue);
    method.maxLocals += 1;
    method.maxStack += Counter.LOCAL_STACK;
  }

  /**
   * How a probe counts a hit. A method with one probe fetches its thread's array in the probe
   * itself ({@code LineRecorder.hitAt(table, i)}): no local, no prologue. Others fetch it once per
   * frame into a local, and each probe is {@code LineRecorder.hit(counts, i)}. Either way a probe
   * is a static call of a few bytes, which the JIT inlines, rather than the increment itself: the
   * increment's six stack slots and eight bytes, in every one of a library's tiny methods, keep the
   * JIT from inlining them (C1 refuses a callee whose stack and locals exceed {@code
   * C1InlineStackLimit}, 5; both refuse one longer than {@code MaxInlineSize}, 35 bytes, at a call
   * site that is not hot); see docs/counting-probes.md.
   */
  private static final class Counter {
    /** The stack {@code hitAt} needs: table, index. */
    static final int FETCHING_STACK = 2;

    /** The stack {@code hit} needs: array, index. */
    static final int LOCAL_STACK = 2;

    final String recorderClass;
    final int table;

    /** The hit array's local, after the method's own; -1 where each probe fetches it. */
    final int hitsVar;

    private Counter(String recorderClass, int table, int hitsVar) {
      this.recorderClass = recorderClass;
      this.table = table;
      this.hitsVar = hitsVar;
    }

    static Counter fetchingEachTime(String recorderClass, int table) {
      return new Counter(recorderClass, table, -1);
    }

    static Counter fetchingOncePerFrame(String recorderClass, int hitsVar) {
      return new Counter(recorderClass, -1, hitsVar);
    }

    /** {@code counts[index]++}. */
    InsnList increment(int index) {
      InsnList p = new InsnList();
      if (hitsVar < 0) {
        p.add(FrameProbes.pushInt(table));
        p.add(FrameProbes.pushInt(index));
        p.add(new MethodInsnNode(Opcodes.INVOKESTATIC, recorderClass, "hitAt", "(II)V", false));
      } else {
        p.add(new VarInsnNode(Opcodes.ALOAD, hitsVar));
        p.add(FrameProbes.pushInt(index));
        p.add(
            new MethodInsnNode(
                Opcodes.INVOKESTATIC, recorderClass, "hit", "(" + HITS_TYPE + "I)V", false));
      }
      return p;
    }
  }

  private static FrameNode copy(FrameNode frame) {
    return new FrameNode(
        Opcodes.F_NEW,
        frame.local.size(),
        frame.local.toArray(),
        frame.stack.size(),
        frame.stack.toArray());
  }

  /** Adds {@code counts[index]++} at the end of the method, then a jump to {@code target}. */
  private static LabelNode trampoline(
      MethodNode method, FrameNode frame, Counter counter, int index, LabelNode target) {
    InsnList code = method.instructions;
    LabelNode start = new LabelNode();
    code.add(start);
    if (frame != null) {
      code.add(copy(frame));
    }
    code.add(counter.increment(index));
    code.add(new JumpInsnNode(Opcodes.GOTO, target));
    return start;
  }

  /** Where the code before line start {@code first} ends: in front of it, or of its NEW's label. */
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

  /** One increment of line {@code index}, planned before the code changes. */
  private abstract static class Placement {
    final int index;

    Placement(int index) {
      this.index = index;
    }

    abstract void apply(MethodNode method, Counter counter, Map<LabelNode, LabelNode> newLabels);
  }

  /** At the line start itself, for every edge. */
  private static final class AtStart extends Placement {
    final AbstractInsnNode first;

    AtStart(int index, AbstractInsnNode first) {
      super(index);
      this.first = first;
    }

    @Override
    void apply(MethodNode method, Counter counter, Map<LabelNode, LabelNode> newLabels) {
      InsnList code = method.instructions;
      code.insertBefore(probeSpot(code, first, newLabels), counter.increment(index));
    }
  }

  /** In front of {@code node}: the labels of a fall-through, or a GOTO. */
  private static final class Before extends Placement {
    final AbstractInsnNode node;

    Before(int index, AbstractInsnNode node) {
      super(index);
      this.node = node;
    }

    @Override
    void apply(MethodNode method, Counter counter, Map<LabelNode, LabelNode> newLabels) {
      method.instructions.insertBefore(node, counter.increment(index));
    }
  }

  /** At the line start, with the fall-through jumping around it. */
  private static final class SkippedByFallThrough extends Placement {
    final Entry entry;

    SkippedByFallThrough(int index, Entry entry) {
      super(index);
      this.entry = entry;
    }

    @Override
    void apply(MethodNode method, Counter counter, Map<LabelNode, LabelNode> newLabels) {
      InsnList code = method.instructions;
      LabelNode skip = new LabelNode();
      code.insertBefore(entry.runStart, new JumpInsnNode(Opcodes.GOTO, skip));
      AbstractInsnNode spot = probeSpot(code, entry.head, newLabels);
      code.insertBefore(spot, counter.increment(index));
      code.insertBefore(spot, skip);
      if (entry.frame != null) {
        code.insertBefore(spot, copy(entry.frame));
      }
    }
  }

  /** On a trampoline that one jump (or switch) goes through on its way to {@code label}. */
  private static final class OnJump extends Placement {
    final AbstractInsnNode jump;
    final LabelNode label;
    final FrameNode frame;

    OnJump(int index, AbstractInsnNode jump, LabelNode label, FrameNode frame) {
      super(index);
      this.jump = jump;
      this.label = label;
      this.frame = frame;
    }

    @Override
    void apply(MethodNode method, Counter counter, Map<LabelNode, LabelNode> newLabels) {
      if (jump instanceof JumpInsnNode) {
        JumpInsnNode j = (JumpInsnNode) jump;
        j.label = trampoline(method, frame, counter, index, j.label);
        return;
      }
      List<LabelNode> targets;
      LabelNode dflt;
      if (jump instanceof TableSwitchInsnNode) {
        targets = ((TableSwitchInsnNode) jump).labels;
        dflt = ((TableSwitchInsnNode) jump).dflt;
      } else {
        targets = ((LookupSwitchInsnNode) jump).labels;
        dflt = ((LookupSwitchInsnNode) jump).dflt;
      }
      LabelNode via = trampoline(method, frame, counter, index, label);
      targets.replaceAll(l -> l == label ? via : l);
      if (dflt == label) {
        if (jump instanceof TableSwitchInsnNode) {
          ((TableSwitchInsnNode) jump).dflt = via;
        } else {
          ((LookupSwitchInsnNode) jump).dflt = via;
        }
      }
    }
  }

  /**
   * For the instructions of a handler's range that count a hit when they throw: a block of their
   * own in the exception table, whose handler is a trampoline to the handler. The split blocks take
   * the block's place, so handlers keep their precedence.
   */
  private static final class OnHandler extends Placement {
    final TryCatchBlockNode block;
    final Map<Integer, Boolean> counts;
    final AbstractInsnNode[] insns;
    final FrameNode frame;

    OnHandler(
        int index,
        TryCatchBlockNode block,
        Map<Integer, Boolean> counts,
        AbstractInsnNode[] insns,
        FrameNode frame) {
      super(index);
      this.block = block;
      this.counts = counts;
      this.insns = insns;
      this.frame = frame;
    }

    @Override
    void apply(MethodNode method, Counter counter, Map<LabelNode, LabelNode> newLabels) {
      LabelNode via = trampoline(method, frame, counter, index, block.handler);
      if (!counts.containsValue(false)) {
        block.handler = via;
        return;
      }
      List<TryCatchBlockNode> split = new ArrayList<>();
      LabelNode from = block.start;
      Boolean counting = null;
      for (Map.Entry<Integer, Boolean> insn : counts.entrySet()) {
        if (counting != null && insn.getValue() != counting) {
          LabelNode boundary = new LabelNode();
          method.instructions.insertBefore(insns[insn.getKey()], boundary);
          split.add(
              new TryCatchBlockNode(from, boundary, counting ? via : block.handler, block.type));
          from = boundary;
        }
        counting = insn.getValue();
      }
      split.add(new TryCatchBlockNode(from, block.end, counting ? via : block.handler, block.type));
      int at = method.tryCatchBlocks.indexOf(block);
      method.tryCatchBlocks.remove(at);
      method.tryCatchBlocks.addAll(at, split);
    }
  }

  /** The ways into one real instruction: its label run, the fall-through, jumps and handlers. */
  private static final class Entry {
    /** The first node after the previous real instruction: code here runs on fall-through only. */
    AbstractInsnNode runStart;

    /** The instruction entered. */
    AbstractInsnNode head;

    /** The previous real instruction, if it falls through into {@link #head}. */
    AbstractInsnNode fallThrough;

    /** Whether this is the method's first instruction, entered when the frame starts. */
    boolean methodStart;

    /** Jumps, switches and RETs, each with the label of the run it names. */
    final List<AbstractInsnNode> jumps = new ArrayList<>();

    final List<LabelNode> jumpLabels = new ArrayList<>();

    final List<TryCatchBlockNode> handlers = new ArrayList<>();

    /** The run's stack map frame, which jumps reach; null without. */
    FrameNode frame;
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
    private final Map<AbstractInsnNode, Integer> starts;
    private final MethodSlots slots;
    private final boolean withFrames;
    private final List<Set<Integer>> in = new ArrayList<>();
    private final List<Integer> afterJsr = new ArrayList<>();
    private final List<AbstractInsnNode> rets = new ArrayList<>();

    /** Per label, the instructions that jump to it and the blocks whose handler it is. */
    private final Map<LabelNode, List<Object>> jumpsTo = new IdentityHashMap<>();

    Plan(
        MethodNode method,
        Map<AbstractInsnNode, Integer> starts,
        MethodSlots slots,
        boolean withFrames) {
      this.method = method;
      this.insns = method.instructions.toArray();
      this.starts = starts;
      this.slots = slots;
      this.withFrames = withFrames;
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
          switchTargets(insn, s.dflt, s.labels);
        } else if (insn instanceof LookupSwitchInsnNode) {
          LookupSwitchInsnNode s = (LookupSwitchInsnNode) insn;
          switchTargets(insn, s.dflt, s.labels);
        } else if (insn.getOpcode() == Opcodes.RET) {
          rets.add(insn);
        }
      }
      for (TryCatchBlockNode block : method.tryCatchBlocks) {
        jumpsTo(block.handler).add(block);
      }
      solve();
    }

    /** A switch jumps to each label it names once, however many keys share it. */
    private void switchTargets(AbstractInsnNode insn, LabelNode dflt, List<LabelNode> labels) {
      Set<LabelNode> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      seen.add(dflt);
      seen.addAll(labels);
      for (LabelNode label : seen) {
        jumpsTo(label).add(insn);
      }
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
            if (indexes.get(block.start) <= i && i < indexes.get(block.end)) {
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

    /** The lines the frame can be on after {@code insn}, reached on {@code before}. */
    private Set<Integer> out(AbstractInsnNode insn, Set<Integer> before) {
      Integer line = starts.get(insn);
      if (line == null) {
        return before;
      }
      return Set.of(slots.keepsLine(line) ? line : NO_LINE);
    }

    private Set<Integer> outAt(AbstractInsnNode insn) {
      return out(insn, in.get(indexes.get(insn)));
    }

    /** The ways into the real instruction {@code head}, as the code is before any change. */
    private Entry entry(AbstractInsnNode head) {
      Entry entry = new Entry();
      entry.head = head;
      AbstractInsnNode runStart = head;
      while (runStart.getPrevious() != null && runStart.getPrevious().getOpcode() < 0) {
        runStart = runStart.getPrevious();
      }
      entry.runStart = runStart;
      AbstractInsnNode previous = runStart.getPrevious();
      if (previous == null) {
        entry.methodStart = true;
      } else if (fallsThrough(previous)) {
        entry.fallThrough = previous;
      } else if (previous.getOpcode() == Opcodes.JSR) {
        for (AbstractInsnNode ret : rets) {
          entry.jumps.add(ret);
          entry.jumpLabels.add(null);
        }
      }
      for (AbstractInsnNode n = runStart; n != head; n = n.getNext()) {
        if (n instanceof FrameNode) {
          entry.frame = (FrameNode) n;
        }
        if (n instanceof LabelNode) {
          for (Object source : jumpsTo.getOrDefault((LabelNode) n, List.of())) {
            if (source instanceof TryCatchBlockNode) {
              entry.handlers.add((TryCatchBlockNode) source);
            } else {
              entry.jumps.add((AbstractInsnNode) source);
              entry.jumpLabels.add((LabelNode) n);
            }
          }
        }
      }
      return entry;
    }

    /**
     * Plans the increments of line {@code line} (index {@code index}) starting at {@code first}.
     */
    void place(AbstractInsnNode first, int line, int index, List<Placement> placements) {
      Entry entry = entry(first);
      boolean fallThroughCounts =
          entry.methodStart
              || (entry.fallThrough != null && counts(outAt(entry.fallThrough), line));
      boolean fallThroughQuiet =
          entry.fallThrough != null && outAt(entry.fallThrough).equals(Set.of(line));
      boolean jumpsCount = true;
      boolean jumpsQuiet = true;
      for (AbstractInsnNode jump : entry.jumps) {
        jumpsCount &= counts(outAt(jump), line);
        jumpsQuiet &= outAt(jump).equals(Set.of(line));
      }
      for (TryCatchBlockNode block : entry.handlers) {
        for (boolean counts : handlerCounts(block, line).values()) {
          jumpsCount &= counts;
          jumpsQuiet &= !counts;
        }
      }
      boolean noFallThrough = !entry.methodStart && entry.fallThrough == null;
      if ((fallThroughCounts || noFallThrough) && jumpsCount) {
        placements.add(new AtStart(index, first));
      } else if ((fallThroughQuiet || noFallThrough) && jumpsQuiet) {
        return;
      } else if (fallThroughQuiet && jumpsCount && canJumpTo(entry)) {
        placements.add(new SkippedByFallThrough(index, entry));
      } else {
        placeOnEdges(entry, line, index, placements, new HashSet<>());
      }
    }

    /** Plans increments on each edge into {@code entry} that counts a hit of {@code line}. */
    private void placeOnEdges(
        Entry entry, int line, int index, List<Placement> placements, Set<AbstractInsnNode> seen) {
      if (!seen.add(entry.head)) {
        throw new Unsupported(method, line);
      }
      if (entry.methodStart) {
        placements.add(new Before(index, entry.runStart));
      }
      if (entry.fallThrough != null) {
        Set<Integer> state = outAt(entry.fallThrough);
        if (counts(state, line)) {
          placements.add(new Before(index, entry.runStart));
        } else if (!state.equals(Set.of(line))) {
          placeBehind(entry.fallThrough, line, index, placements, seen);
        }
      }
      for (int j = 0; j < entry.jumps.size(); j++) {
        AbstractInsnNode jump = entry.jumps.get(j);
        Set<Integer> state = outAt(jump);
        if (state.equals(Set.of(line))) {
          continue;
        }
        if (!counts(state, line)) {
          if (jump.getOpcode() != Opcodes.GOTO) {
            throw new Unsupported(method, line);
          }
          placeBehind(jump, line, index, placements, seen);
        } else if (jump.getOpcode() == Opcodes.GOTO) {
          placements.add(new Before(index, jump));
        } else if (entry.jumpLabels.get(j) != null && canJumpTo(entry)) {
          placements.add(new OnJump(index, jump, entry.jumpLabels.get(j), entry.frame));
        } else {
          throw new Unsupported(method, line);
        }
      }
      for (TryCatchBlockNode block : entry.handlers) {
        Map<Integer, Boolean> counts = handlerCounts(block, line);
        if (counts.containsValue(true)) {
          if (!canJumpTo(entry)) {
            throw new Unsupported(method, line);
          }
          placements.add(new OnHandler(index, block, counts, insns, entry.frame));
        }
      }
    }

    /**
     * For an edge from {@code source}, its only way on, that may or may not be on {@code line}:
     * plans the increments on the edges into the straight code that ends with {@code source}, which
     * then always reaches the line start. That code must not throw, nor branch elsewhere.
     */
    private void placeBehind(
        AbstractInsnNode source,
        int line,
        int index,
        List<Placement> placements,
        Set<AbstractInsnNode> seen) {
      AbstractInsnNode head = source;
      while (true) {
        if (!cannotThrow(head) || starts.containsKey(head)) {
          throw new Unsupported(method, line);
        }
        Entry entry = entry(head);
        if (entry.fallThrough == null
            || !entry.jumps.isEmpty()
            || !entry.handlers.isEmpty()
            || isBranch(entry.fallThrough)) {
          placeOnEdges(entry, line, index, placements, seen);
          return;
        }
        head = entry.fallThrough;
      }
    }

    private boolean canJumpTo(Entry entry) {
      return entry.frame != null || !withFrames;
    }

    /**
     * Per real instruction of the block's range, whether throwing there counts a hit; refused where
     * that depends on the path taken to the instruction.
     */
    private Map<Integer, Boolean> handlerCounts(TryCatchBlockNode block, int line) {
      Map<Integer, Boolean> counts = new TreeMap<>();
      int end = indexes.get(block.end);
      for (int i = indexes.get(block.start); i < end; i++) {
        if (insns[i].getOpcode() >= 0) {
          Set<Integer> state = outAt(insns[i]);
          if (state.contains(line) && state.size() > 1) {
            throw new Unsupported(method, line);
          }
          counts.put(i, counts(state, line));
        }
      }
      return counts;
    }

    /**
     * Whether an edge from {@code state} counts a hit of {@code line}: it does if the frame cannot
     * be on the line; one that may be on it or not is resolved by the callers, or refused.
     */
    private boolean counts(Set<Integer> state, int line) {
      return !state.contains(line);
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

    private static boolean isBranch(AbstractInsnNode insn) {
      return insn instanceof JumpInsnNode
          || insn instanceof TableSwitchInsnNode
          || insn instanceof LookupSwitchInsnNode;
    }

    /** Instructions that never throw: constants, locals, stack shuffles, plain arithmetic. */
    private static boolean cannotThrow(AbstractInsnNode insn) {
      int op = insn.getOpcode();
      if (op == Opcodes.LDC) {
        Object value = ((LdcInsnNode) insn).cst;
        return value instanceof Number || value instanceof String;
      }
      if (op == Opcodes.IDIV || op == Opcodes.IREM || op == Opcodes.LDIV || op == Opcodes.LREM) {
        return false;
      }
      return op == Opcodes.GOTO
          || (op >= Opcodes.NOP && op <= Opcodes.SIPUSH)
          || (op >= Opcodes.ILOAD && op <= Opcodes.ALOAD)
          || (op >= Opcodes.ISTORE && op <= Opcodes.ASTORE)
          || (op >= Opcodes.POP && op <= Opcodes.DCMPG)
          || op == Opcodes.IINC;
    }
  }
}
