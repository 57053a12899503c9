package org.jkernprof.agent.instr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import org.jkernprof.agent.instr.fixtures.Branchy;
import org.jkernprof.agent.rt.LineCounters;
import org.jkernprof.testsupport.ExpectedHits;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The counting probes of {@link LineTimer#SAMPLED}: the same hits as the clock probes, exact with
 * many threads, no call or clock per line, and no time.
 */
class CountingProbesTest {
  private static final Path SOURCE =
      Path.of("src/test/java/org/jkernprof/agent/instr/fixtures/Branchy.java");

  private final List<String> warnings = new ArrayList<>();

  private Class<?> load(String name, LineTimer timer) throws Exception {
    byte[] original =
        ClassFiles.renamedWithVersion(ClassFiles.bytesOf(Branchy.class), name, Opcodes.V17);
    byte[] instrumented =
        new ClassInstrumenter(new DirectRuntime(timer), new ProfiledUnits(), warnings::add)
            .instrument(null, name, original);
    assertEquals("", ClassFiles.verify(instrumented, getClass().getClassLoader()));
    assertEquals(List.of(), warnings);
    return new ClassFiles.DefiningLoader(getClass().getClassLoader()).define(name, instrumented);
  }

  @Test
  void linesEnteredFromThemselvesCountAsTheClockProbesCountThem() throws Exception {
    Class<?> clock = load("x/BranchyClock", LineTimer.CLOCK);
    Class<?> counting = load("x/BranchyCounting", LineTimer.SAMPLED);

    assertEquals(Branchy.run(), clock.getMethod("run").invoke(null));
    assertEquals(Branchy.run(), counting.getMethod("run").invoke(null));

    Map<Integer, Long> clockHits = ClassInstrumenterTest.hitsByLine("x.BranchyClock");
    Map<Integer, Long> countingHits = ClassInstrumenterTest.hitsByLine("x.BranchyCounting");
    assertEquals(clockHits, countingHits);
    ExpectedHits.byLine(SOURCE)
        .forEach(
            (line, hits) ->
                assertEquals(
                    hits,
                    countingHits.getOrDefault(line, 0L),
                    "hits of line " + line + " (all: " + countingHits + ")"));
  }

  @Test
  void countingProbesHoldNoTimeAndNoProbeCounts() throws Exception {
    Class<?> counting = load("x/BranchyNoTime", LineTimer.SAMPLED);
    counting.getMethod("run").invoke(null);

    for (int which : new int[] {LineCounters.NANOS, LineCounters.EVENTS, LineCounters.ENTRIES}) {
      ClassInstrumenterTest.countsByLine("x.BranchyNoTime", which)
          .forEach((line, count) -> assertEquals(0L, count, "line " + line + ", count " + which));
    }
  }

  /** Each thread counts into arrays of its own: no increment is lost, none counted twice. */
  @Test
  void eightThreadsRunningTheSameLinesCountEveryHit() throws Exception {
    Method spin = load("x/BranchyThreads", LineTimer.SAMPLED).getMethod("spin", int.class);
    int threads = 8;
    int times = 1_000_000;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Throwable> failures = new ArrayList<>();
    List<Thread> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  start.await();
                  // Twice: frames entered after the thread's array exists count into it too.
                  spin.invoke(null, times / 2);
                  spin.invoke(null, times / 2);
                } catch (Exception e) {
                  synchronized (failures) {
                    failures.add(e);
                  }
                }
              });
      thread.start();
      running.add(thread);
    }
    for (Thread thread : running) {
      thread.join();
    }

    assertEquals(List.of(), failures);
    Map<Integer, Long> hits = ClassInstrumenterTest.hitsByLine("x.BranchyThreads");
    int loop = lineOf("for (int k = 0; k < times; k++)");
    assertEquals((long) threads * times, hits.get(loop + 1), "the loop body");
    assertEquals((long) threads * (times + 2), hits.get(loop), "the loop head");
    assertEquals(2L * threads, hits.get(loop - 1), "the first line");
  }

  /** Where counting probes cannot count as the clock probes do, the method is left as it was. */
  @Test
  void aMethodWhoseHitsCannotBeCountedWithoutAClockIsLeftAsItWasAndSaysSo() throws Exception {
    byte[] original = GeneratedClasses.withMergeBeforeACall("x/Mixed");
    ClassInstrumenter counting =
        new ClassInstrumenter(
            new DirectRuntime(LineTimer.SAMPLED), new ProfiledUnits(), warnings::add);
    assertNull(counting.instrument(null, "x/Mixed", original));
    assertEquals(
        List.of(
            "not profiling x.Mixed.mixed(boolean): counting probes cannot tell whether line 10 is"
                + " entered from itself or from another line"),
        warnings);

    // The clock probes count it: line 10 again at the return after line 11, not after line 10.
    warnings.clear();
    byte[] clock =
        new ClassInstrumenter(new DirectRuntime(), new ProfiledUnits(), warnings::add)
            .instrument(
                null, "x/MixedClock", GeneratedClasses.withMergeBeforeACall("x/MixedClock"));
    Method mixed =
        new ClassFiles.DefiningLoader(getClass().getClassLoader())
            .define("x/MixedClock", clock)
            .getMethod("mixed", boolean.class);
    assertEquals(1, mixed.invoke(null, true));
    assertEquals(2, mixed.invoke(null, false));
    assertEquals(Map.of(10, 3L, 11, 1L), ClassInstrumenterTest.hitsByLine("x.MixedClock"));
  }

  /**
   * One fetch per frame, to hitCounts; nothing per line but the increment's tiny call, no exit, no
   * handler.
   */
  @Test
  void aFrameFetchesItsHitsOnceAndLinesOnlyCallTheIncrement() throws Exception {
    byte[] original =
        ClassFiles.renamedWithVersion(
            ClassFiles.bytesOf(Branchy.class), "x/BranchyShape", Opcodes.V17);
    byte[] instrumented =
        new ClassInstrumenter(
                new DirectRuntime(LineTimer.SAMPLED), new ProfiledUnits(), warnings::add)
            .instrument(null, "x/BranchyShape", original);
    ClassNode cls = new ClassNode();
    new ClassReader(instrumented).accept(cls, 0);
    MethodNode spin =
        cls.methods.stream().filter(m -> m.name.equals("spin")).findFirst().orElseThrow();
    List<String> calls = new ArrayList<>();
    int increments = 0;
    for (AbstractInsnNode insn : spin.instructions) {
      if (insn instanceof MethodInsnNode) {
        String call = ((MethodInsnNode) insn).owner + "." + ((MethodInsnNode) insn).name;
        if (call.equals("org/jkernprof/agent/rt/LineRecorder.hit")) {
          increments++;
        } else {
          calls.add(call);
        }
      }
    }
    assertEquals(List.of("org/jkernprof/agent/rt/LineRecorder.hitCounts"), calls);
    assertEquals(List.of(), spin.tryCatchBlocks);
    assertTrue(increments >= 4, "one increment per line start, got " + increments);
  }

  /**
   * A method with a single probe fetches and increments in that probe: no local, no prologue, so a
   * getter stays small enough for the JIT to inline.
   */
  @Test
  void aMethodWithOneProbeNeedsNoLocalAndCountsEveryCall() throws Exception {
    byte[] original = GeneratedClasses.withHugeMethod("x/OneProbe", 2);
    List<String> warnings = new ArrayList<>();
    byte[] instrumented =
        new ClassInstrumenter(
                new DirectRuntime(LineTimer.SAMPLED), new ProfiledUnits(), warnings::add)
            .instrument(null, "x/OneProbe", original);
    ClassNode before = new ClassNode();
    new ClassReader(original).accept(before, 0);
    ClassNode after = new ClassNode();
    new ClassReader(instrumented).accept(after, 0);
    MethodNode small =
        after.methods.stream().filter(m -> m.name.equals("small")).findFirst().orElseThrow();
    List<String> calls = new ArrayList<>();
    for (AbstractInsnNode insn : small.instructions) {
      if (insn instanceof MethodInsnNode) {
        calls.add(((MethodInsnNode) insn).owner + "." + ((MethodInsnNode) insn).name);
      }
    }
    int localsBefore =
        before.methods.stream().filter(m -> m.name.equals("small")).findFirst().get().maxLocals;

    assertEquals(List.of("org/jkernprof/agent/rt/LineRecorder.hitAt"), calls);
    assertEquals(localsBefore, small.maxLocals);
    Method method =
        new ClassFiles.DefiningLoader(getClass().getClassLoader())
            .define("x/OneProbe", instrumented)
            .getMethod("small");
    for (int i = 0; i < 3; i++) {
      assertEquals(42, method.invoke(null));
    }
    assertEquals(Map.of(5, 3L, 100, 0L, 101, 0L), ClassInstrumenterTest.hitsByLine("x.OneProbe"));
  }

  private static int lineOf(String text) throws Exception {
    List<String> lines = java.nio.file.Files.readAllLines(SOURCE);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + SOURCE);
  }
}
