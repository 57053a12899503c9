package org.jkernprof.agent.instr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jkernprof.agent.instr.fixtures.Nesting;
import org.jkernprof.agent.rt.LineCounters;
import org.junit.jupiter.api.Test;

/**
 * Each line counts, exactly, the profiler's own work that ran inside its time: the clock-reading
 * probe that ended each of its stretches, and every probe and frame entry of the profiled frames it
 * called, however deep, through recursion and exceptions. The report's compensation multiplies
 * these counts by the costs measured in the run.
 */
class ProbeCountsTest {
  private static final Path SOURCE =
      Path.of("src/test/java/org/jkernprof/agent/instr/fixtures/Nesting.java");

  private final List<String> warnings = new ArrayList<>();
  private final ClassInstrumenter instrumenter =
      new ClassInstrumenter(new DirectRuntime(), new ProfiledUnits(), warnings::add);

  @Test
  void aLineThatCallsAProfiledMethodHoldsItsEntryAndEveryProbeOfIt() throws Exception {
    Class<?> type = load("x/NestingCalls");
    int n = 25;
    assertEquals(n * n, type.getMethod("outer", int.class).invoke(null, n));

    Map<Integer, Long> events = counts("x.NestingCalls", LineCounters.EVENTS);
    Map<Integer, Long> entries = counts("x.NestingCalls", LineCounters.ENTRIES);
    // Its own closing probe, then inner's two line probes and its exit.
    assertEquals(4L * n, events.get(lineOf("outer-call")), "probes in the calling line");
    assertEquals((long) n, entries.get(lineOf("outer-call")), "entries in the calling line");
    // The loop head runs once on entry and once per jump back.
    assertEquals(n + 1L, events.get(lineOf("outer-loop")));
    assertEquals(1L, events.get(lineOf("outer-first")));
    assertEquals(1L, events.get(lineOf("outer-return")));
    assertEquals((long) n, events.get(lineOf("inner-first")));
    assertEquals((long) n, events.get(lineOf("inner-return")));
    assertEquals(0L, entries.get(lineOf("outer-loop")) + entries.get(lineOf("inner-first")));
  }

  @Test
  void recursiveCallsCountTheirWholeDepthInEveryCallingLine() throws Exception {
    Class<?> type = load("x/NestingRecursion");
    assertEquals(3, type.getMethod("recurse", int.class).invoke(null, 3));

    Map<Integer, Long> events = counts("x.NestingRecursion", LineCounters.EVENTS);
    Map<Integer, Long> entries = counts("x.NestingRecursion", LineCounters.ENTRIES);
    // A frame of depth 0 runs three probes (test, bottom, exit), one of depth d three of its own
    // and those of depth d - 1: 3, 6, 9. The calling line of depth d holds its own closing probe
    // and the frame of depth d - 1: 1 + 3, 1 + 6, 1 + 9 = 21 in all, and d entries: 1 + 2 + 3.
    assertEquals(21L, events.get(lineOf("recurse-call")));
    assertEquals(6L, entries.get(lineOf("recurse-call")));
    assertEquals(4L, events.get(lineOf("recurse-test")));
    assertEquals(1L, events.get(lineOf("recurse-bottom")));
  }

  @Test
  void aCalleeThatThrowsStillCountsItsProbesInTheCallingLine() throws Exception {
    Class<?> type = load("x/NestingThrows");
    assertEquals(1, type.getMethod("catches").invoke(null));

    Map<Integer, Long> events = counts("x.NestingThrows", LineCounters.EVENTS);
    Map<Integer, Long> entries = counts("x.NestingThrows", LineCounters.ENTRIES);
    // Its own closing probe (the handler's), thrower's line probe and the exit its handler runs.
    assertEquals(3L, events.get(lineOf("catches-call")));
    assertEquals(1L, entries.get(lineOf("catches-call")));
    assertEquals(1L, events.get(lineOf("thrower-throw")));
    assertEquals(1L, events.get(lineOf("catches-handler")));
  }

  private Class<?> load(String name) throws Exception {
    byte[] renamed = ClassFiles.renamedWithVersion(ClassFiles.bytesOf(Nesting.class), name, 55);
    byte[] instrumented = instrumenter.instrument(null, name, renamed);
    Class<?> type =
        new ClassFiles.DefiningLoader(getClass().getClassLoader()).define(name, instrumented);
    assertEquals(List.of(), warnings);
    return type;
  }

  private static Map<Integer, Long> counts(String className, int field) {
    return ClassInstrumenterTest.countsByLine(className, field);
  }

  private static int lineOf(String marker) throws Exception {
    List<String> lines = Files.readAllLines(SOURCE);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).endsWith("// " + marker)) {
        return i + 1;
      }
    }
    throw new AssertionError(marker + " not in " + SOURCE);
  }
}
