package org.jkernprof.agent.instr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jkernprof.agent.instr.fixtures.Calls;
import org.jkernprof.agent.rt.CallRecorder;
import org.jkernprof.agent.rt.CallSnapshot;
import org.jkernprof.agent.rt.RecordingSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sampled timer's probe in function mode counts every call exactly, the same counts the clock's
 * probes give, on every thread, and no call that starts while recording is off; it reads no clock,
 * so the clock's counters stay empty; and the classes it rewrites pass the verifier.
 */
class CallCountingProbeTest {
  private final FunctionInstrumenter instrumenter =
      new FunctionInstrumenter(new CountingRuntime(), MethodSelection.NONE, new ArrayList<>()::add);

  /** {@link DirectCallRuntime} with counting probes, as {@code timer=sampled} makes it. */
  private static final class CountingRuntime implements CallProbeRuntime {
    private final DirectCallRuntime direct = new DirectCallRuntime();

    @Override
    public String recorderClass() {
      return direct.recorderClass();
    }

    @Override
    public String countersClass() {
      return direct.countersClass();
    }

    @Override
    public boolean countsCallsOnly() {
      return true;
    }

    @Override
    public String tallyClass() {
      return "org/jkernprof/agent/rt/CallTallies";
    }

    @Override
    public int registerMethod(
        String className, String methodName, String descriptor, String sourceFile, int firstLine) {
      return direct.registerMethod(className, methodName, descriptor, sourceFile, firstLine);
    }
  }

  @ParameterizedTest(name = "class file version {0}")
  @ValueSource(ints = {49, 50, 52, 55, 61, 69})
  void countedClassesPassTheVerifier(int major) throws Exception {
    String name = "z/CountedV" + major;
    byte[] instrumented = instrumenter.instrument(name, renamed(name, major));
    assertNotNull(instrumented);
    assertEquals("", ClassFiles.verify(instrumented, getClass().getClassLoader()));
  }

  @Test
  void countsEveryCallAsTheClocksProbesDoAndReadsNoClock() throws Exception {
    Class<?> type = load("z/Counted");
    assertEquals(Calls.run(), type.getMethod("run").invoke(null));
    type.getConstructor().newInstance();

    Map<String, Long> calls = talliedCalls("z.Counted");
    // The counts FunctionInstrumenterTest expects of the clock's probes.
    assertEquals(177, calls.get("fib(I)I"));
    assertEquals(6, calls.get("even(I)Z"));
    assertEquals(5, calls.get("odd(I)Z"));
    assertEquals(4, calls.get("fail(I)V"), "frames an exception left were counted on entry");
    assertEquals(1, calls.get("pause()V"));
    assertEquals(1, calls.get("run()I"));
    assertEquals(1, calls.get("<init>()V"));
    assertEquals(0, clockCalls("z.Counted"), "the clock's counters saw nothing");
  }

  @Test
  void sumsTheCallsOfEveryThreadAndSkipsThoseWhileRecordingIsOff() throws Exception {
    Method fib = load("z/CountedThreads").getMethod("fib", int.class);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  fib.invoke(null, 10);
                } catch (ReflectiveOperationException e) {
                  throw new AssertionError(e);
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    RecordingSwitch.setRecording(false);
    try {
      fib.invoke(null, 5);
    } finally {
      RecordingSwitch.setRecording(true);
    }
    fib.invoke(null, 3);

    assertEquals(3 * 177 + 5, talliedCalls("z.CountedThreads").get("fib(I)I"));
  }

  private Class<?> load(String name) throws Exception {
    byte[] instrumented = instrumenter.instrument(name, renamed(name, 61));
    return new ClassFiles.DefiningLoader(getClass().getClassLoader()).define(name, instrumented);
  }

  private static byte[] renamed(String name, int major) throws Exception {
    return ClassFiles.renamedWithVersion(ClassFiles.bytesOf(Calls.class), name, major);
  }

  /** Per method name + descriptor of {@code className}: the calls the counting probes counted. */
  private static Map<String, Long> talliedCalls(String className) {
    Object[] snapshot = CallRecorder.snapshot();
    String[][] methods = (String[][]) snapshot[CallSnapshot.METHODS];
    long[] calls = (long[]) snapshot[CallSnapshot.TALLIED_CALLS];
    Map<String, Long> byMethod = new HashMap<>();
    for (int id = 0; id < methods.length; id++) {
      if (methods[id][0].equals(className)) {
        byMethod.put(methods[id][1] + methods[id][2], calls[id]);
      }
    }
    return byMethod;
  }

  /** The calls of {@code className}'s methods that the clock's probes counted, in all. */
  private static long clockCalls(String className) {
    Object[] snapshot = CallRecorder.snapshot();
    String[][] methods = (String[][]) snapshot[CallSnapshot.METHODS];
    long[] counts = (long[]) snapshot[CallSnapshot.METHOD_COUNTS];
    long calls = 0;
    for (int id = 0; id < methods.length; id++) {
      if (methods[id][0].equals(className)) {
        calls += counts[CallSnapshot.CALL_LONGS * id + CallSnapshot.CALLS];
      }
    }
    return calls;
  }
}
