package org.jkernprof.agent.instr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jkernprof.agent.instr.fixtures.Calls;
import org.jkernprof.agent.rt.CallRecorder;
import org.jkernprof.agent.rt.RecordingSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionInstrumenterTest {
  private final List<String> warnings = new ArrayList<>();
  private final FunctionInstrumenter instrumenter =
      new FunctionInstrumenter(new DirectCallRuntime(), MethodSelection.NONE, warnings::add);

  @ParameterizedTest(name = "class file version {0}")
  @ValueSource(ints = {49, 50, 52, 55, 61, 69})
  void instrumentedClassesPassTheVerifier(int major) throws Exception {
    String name = "y/CallsV" + major;
    byte[] instrumented = instrumenter.instrument(name, renamed(name, major));
    assertNotNull(instrumented);
    assertEquals("", ClassFiles.verify(instrumented, getClass().getClassLoader()));
  }

  @Test
  void countsCallsAndPrimitiveCallsExactlyThroughRecursionAndExceptions() throws Exception {
    String name = "y/CallsCounted";
    Class<?> type = load(name);
    assertEquals(Calls.run(), type.getMethod("run").invoke(null));

    Map<String, long[]> stats = statsOf("y.CallsCounted");
    assertCalls(stats, "fib(I)I", 177, 1);
    assertCalls(stats, "even(I)Z", 6, 1);
    assertCalls(stats, "odd(I)Z", 5, 1);
    assertCalls(stats, "fail(I)V", 4, 1);
    assertCalls(stats, "pause()V", 1, 1);
    assertCalls(stats, "run()I", 1, 1);
    // A recursive method's own time is all of its time; the stretch is counted once.
    long[] fib = stats.get("fib(I)I");
    assertEquals(fib[2], fib[3]);
    long[] run = stats.get("run()I");
    assertTrue(run[3] >= stats.get("pause()V")[3], "cumulative time includes callees");
    assertTrue(stats.get("pause()V")[3] >= 20_000_000L, "the 20 ms pause is timed");
    assertTrue(run[2] < run[3] - 20_000_000L, "own time excludes the pause");
    // A frame left by an exception is closed: fail's four frames were all timed.
    assertTrue(stats.get("fail(I)V")[3] > 0);
  }

  @Test
  void callsThatStartWhileRecordingIsOffAreNotCounted() throws Exception {
    java.lang.reflect.Method fib = load("y/CallsOff").getMethod("fib", int.class);
    RecordingSwitch.setRecording(false);
    try {
      assertEquals(5, fib.invoke(null, 5));
    } finally {
      RecordingSwitch.setRecording(true);
    }
    assertEquals(2, fib.invoke(null, 3));

    assertCalls(statsOf("y.CallsOff"), "fib(I)I", 5, 1);
  }

  @Test
  void leavesClassesThatWereInstrumentedAlone() throws Exception {
    byte[] once = instrumenter.instrument("y/CallsTwice", renamed("y/CallsTwice", 61));
    assertNull(instrumenter.instrument("y/CallsTwice", once));
  }

  private Class<?> load(String name) throws Exception {
    byte[] instrumented = instrumenter.instrument(name, renamed(name, 61));
    return new ClassFiles.DefiningLoader(getClass().getClassLoader()).define(name, instrumented);
  }

  private static byte[] renamed(String name, int major) throws Exception {
    return ClassFiles.renamedWithVersion(ClassFiles.bytesOf(Calls.class), name, major);
  }

  private static void assertCalls(Map<String, long[]> stats, String method, long calls, long prim) {
    long[] s = stats.get(method);
    assertNotNull(s, method + " not recorded: " + stats.keySet());
    assertEquals(calls, s[0], method + " calls");
    assertEquals(prim, s[1], method + " primitive calls");
  }

  /** Per method name + descriptor of {@code className}: calls, primitive, own ns, cumulative ns. */
  private static Map<String, long[]> statsOf(String className) {
    Object[] snapshot = CallRecorder.snapshot();
    String[][] methods = (String[][]) snapshot[0];
    long[] counts = (long[]) snapshot[2];
    Map<String, long[]> stats = new HashMap<>();
    for (int id = 0; id < methods.length; id++) {
      if (methods[id][0].equals(className)) {
        long[] s = new long[4];
        System.arraycopy(counts, 4 * id, s, 0, 4);
        stats.put(methods[id][1] + methods[id][2], s);
      }
    }
    return stats;
  }
}
