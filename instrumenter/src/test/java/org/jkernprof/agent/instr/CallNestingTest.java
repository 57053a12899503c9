package org.jkernprof.agent.instr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jkernprof.agent.instr.fixtures.Calls;
import org.jkernprof.agent.rt.CallRecorder;
import org.junit.jupiter.api.Test;

/**
 * The nesting counts the report takes the probes' cost out of times with: per method and per
 * caller-callee pair, the profiled calls its frames made themselves (child calls) and those made
 * anywhere inside its outermost frames (nested calls). {@link Calls#run} makes a known tree of
 * calls, with recursion, mutual recursion and frames left by an exception.
 */
class CallNestingTest {
  private static final int JAVA_17 = 61;

  private final FunctionInstrumenter instrumenter =
      new FunctionInstrumenter(new DirectCallRuntime(), MethodSelection.NONE, warning -> {});

  @Test
  void countsChildAndNestedCallsExactlyPerMethod() throws Exception {
    load("y/CallsNested").getMethod("run").invoke(null);

    Map<String, long[]> nesting = methodNesting("y.CallsNested");
    // fib(10): 177 frames, each but the 89 leaves calls two; 176 calls below the outermost.
    assertNesting(nesting, "fib(I)I", 176, 176);
    // even(10) -> odd(9) -> ... -> even(0): each but even(0) calls one; the outermost frames of
    // each method see everything below them.
    assertNesting(nesting, "even(I)Z", 5, 10);
    assertNesting(nesting, "odd(I)Z", 5, 9);
    // fail(3) throws from fail(0): the four frames still count their calls.
    assertNesting(nesting, "fail(I)V", 3, 3);
    assertNesting(nesting, "pause()V", 0, 0);
    assertNesting(nesting, "run()I", 4, 177 + 11 + 4 + 1);
  }

  @Test
  void countsPerCallerCalleePair() throws Exception {
    load("y/CallsNestedEdges").getMethod("run").invoke(null);

    Map<String, long[]> edges = edgeNesting("y.CallsNestedEdges");
    // The outermost fib frame, called by run, makes two calls; its inner frames make the rest and
    // add nothing to cumulative time, which counts the outermost frame only.
    assertArrayEquals(new long[] {2, 176}, edges.get("run>fib"));
    assertArrayEquals(new long[] {174, 0}, edges.get("fib>fib"));
    assertArrayEquals(new long[] {1, 10}, edges.get("run>even"));
    assertArrayEquals(new long[] {4, 0}, edges.get("odd>even"));
    assertArrayEquals(new long[] {1, 3}, edges.get("run>fail"));
    assertArrayEquals(new long[] {2, 0}, edges.get("fail>fail"));
    assertArrayEquals(new long[] {4, 193}, edges.get("<unprofiled>>run"));
  }

  @Test
  void sumsTheCountsOfEveryThread() throws Exception {
    Method run = load("y/CallsNestedThreads").getMethod("run");
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  run.invoke(null);
                } catch (ReflectiveOperationException e) {
                  synchronized (failures) {
                    failures.add(e);
                  }
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(List.of(), failures);

    Map<String, long[]> nesting = methodNesting("y.CallsNestedThreads");
    assertNesting(nesting, "fib(I)I", 3 * 176, 3 * 176);
    assertNesting(nesting, "run()I", 3 * 4, 3 * 193);
  }

  @Test
  void theCurrentThreadsCountsOfOneMethodAreAllSixCounts() throws Exception {
    load("y/CallsNestedOwnThread").getMethod("run").invoke(null);
    Object[] snapshot = CallRecorder.snapshot();
    String[][] methods = (String[][]) snapshot[0];
    for (int id = 0; id < methods.length; id++) {
      if (methods[id][0].equals("y.CallsNestedOwnThread") && methods[id][1].equals("fib")) {
        long[] counts = CallRecorder.currentThreadCounts(id);
        assertEquals(177, counts[0], "calls");
        assertEquals(1, counts[1], "primitive calls");
        assertEquals(176, counts[4], "child calls");
        assertEquals(176, counts[5], "nested calls");
        return;
      }
    }
    throw new AssertionError("fib was not registered");
  }

  private Class<?> load(String name) throws Exception {
    byte[] renamed = ClassFiles.renamedWithVersion(ClassFiles.bytesOf(Calls.class), name, JAVA_17);
    byte[] instrumented = instrumenter.instrument(name, renamed);
    return new ClassFiles.DefiningLoader(getClass().getClassLoader()).define(name, instrumented);
  }

  private static void assertNesting(
      Map<String, long[]> nesting, String method, long childCalls, long nestedCalls) {
    long[] n = nesting.get(method);
    assertNotNull(n, method + " not recorded: " + nesting.keySet());
    assertEquals(childCalls, n[0], method + " child calls");
    assertEquals(nestedCalls, n[1], method + " nested calls");
  }

  /** Per method name + descriptor of {@code className}: child calls, nested calls. */
  private static Map<String, long[]> methodNesting(String className) {
    Object[] snapshot = CallRecorder.snapshot();
    String[][] methods = (String[][]) snapshot[0];
    long[] nesting = (long[]) snapshot[7];
    Map<String, long[]> byMethod = new HashMap<>();
    for (int id = 0; id < methods.length; id++) {
      if (methods[id][0].equals(className)) {
        byMethod.put(
            methods[id][1] + methods[id][2], new long[] {nesting[2 * id], nesting[2 * id + 1]});
      }
    }
    return byMethod;
  }

  /** Per {@code caller>callee} method name of {@code className}: child calls, nested calls. */
  private static Map<String, long[]> edgeNesting(String className) {
    Object[] snapshot = CallRecorder.snapshot();
    String[][] methods = (String[][]) snapshot[0];
    int[] callers = (int[]) snapshot[3];
    int[] callees = (int[]) snapshot[4];
    long[] nesting = (long[]) snapshot[8];
    Map<String, long[]> byEdge = new HashMap<>();
    for (int e = 0; e < callees.length; e++) {
      if (methods[callees[e]][0].equals(className)) {
        String caller = callers[e] < 0 ? "<unprofiled>" : methods[callers[e]][1];
        byEdge.merge(
            caller + ">" + methods[callees[e]][1],
            new long[] {nesting[2 * e], nesting[2 * e + 1]},
            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
      }
    }
    return byEdge;
  }
}
