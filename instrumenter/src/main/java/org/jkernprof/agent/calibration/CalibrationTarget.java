package org.jkernprof.agent.calibration;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jkernprof.agent.instr.ClassInstrumenter;
import org.jkernprof.agent.instr.MethodPattern;
import org.jkernprof.agent.instr.MethodSelection;
import org.jkernprof.agent.instr.ProbeRuntime;
import org.jkernprof.agent.instr.ProfiledUnits;

/**
 * {@link CalibrationLoops} twice: instrumented by the real instrumenter for the real runtime and
 * defined in a class loader of its own, with the slots of its lines; and as it is, for the true
 * cost of each loop's lines.
 */
final class CalibrationTarget {
  /** The binary name of the profiled calibration code, whose methods are never results. */
  static final String CLASS_NAME = CalibrationLoops.class.getName();

  /** The loops of lines of known work, from least to most. */
  static final String[] WORK_LOOPS = {"noWork", "shortWork", "mediumWork", "longWork"};

  /** Where unprofiled results go, so that the JIT cannot drop the work. */
  private static volatile long sink;

  private final Method[] profiled;
  private final int[][] loopSlots;
  private final Method calls;
  private final int callSlot;
  private final Method interpreted;
  private final int[] interpretedSlots;

  private CalibrationTarget(
      Method[] profiled,
      int[][] loopSlots,
      Method calls,
      int callSlot,
      Method interpreted,
      int[] interpretedSlots) {
    this.profiled = profiled;
    this.loopSlots = loopSlots;
    this.interpreted = interpreted;
    this.interpretedSlots = interpretedSlots;
    this.calls = calls;
    this.callSlot = callSlot;
  }

  /**
   * Instruments and defines the calibration code for {@code runtime}.
   *
   * @throws IllegalStateException if it cannot: the caller then measures nothing
   */
  static CalibrationTarget load(ProbeRuntime runtime) {
    SlotRecorder slots = new SlotRecorder(runtime);
    String internalName = CLASS_NAME.replace('.', '/');
    CalibrationClasses loader = new CalibrationClasses();
    byte[] instrumented =
        new ClassInstrumenter(
                slots,
                new ProfiledUnits(),
                MethodSelection.ownCode(MethodPattern.parse(CLASS_NAME)),
                new Consumer<String>() {
                  @Override
                  public void accept(String warning) {
                    // A method left unprofiled shows in the slot check below.
                  }
                })
            .instrument(loader, internalName, classFile(CLASS_NAME));
    if (instrumented == null) {
      throw new IllegalStateException("the calibration code was not instrumented");
    }
    // Its work too, in the same loader: package-private access needs the same runtime package.
    String workName = CalibrationWork.class.getName();
    loader.define(workName, classFile(workName));
    Class<?> type = loader.define(CLASS_NAME, instrumented);
    try {
      Method[] profiled = new Method[WORK_LOOPS.length];
      int[][] loopSlots = new int[WORK_LOOPS.length][];
      for (int i = 0; i < WORK_LOOPS.length; i++) {
        profiled[i] = accessible(type.getDeclaredMethod(WORK_LOOPS[i], long.class));
        List<Integer> lines = slots.slotsOf(WORK_LOOPS[i]);
        if (lines.size() < 4) {
          throw new IllegalStateException("the calibration code has unexpected lines");
        }
        loopSlots[i] = toArray(lines);
      }
      // a = ..., the loop's header, the call, return.
      List<Integer> callLines = slots.slotsOf("calls");
      if (callLines.size() != 4) {
        throw new IllegalStateException("the calibration code has unexpected lines");
      }
      return new CalibrationTarget(
          profiled,
          loopSlots,
          accessible(type.getDeclaredMethod("calls", int.class)),
          callLines.get(2),
          accessible(type.getDeclaredMethod("interpreted", long.class)),
          toArray(slots.slotsOf("interpreted")));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("the calibration code has no " + e.getMessage(), e);
    }
  }

  private static Method accessible(Method method) {
    method.setAccessible(true);
    return method;
  }

  private static int[] toArray(List<Integer> slots) {
    int[] array = new int[slots.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = slots.get(i);
    }
    return array;
  }

  /** How many loops of known work there are. */
  int loops() {
    return profiled.length;
  }

  /** The slots of the body lines of loop {@code loop}. */
  int[] loopSlots(int loop) {
    return loopSlots[loop].clone();
  }

  /** The slots of the lines of one arithmetic step, for the cost in the interpreter. */
  int[] interpretedSlots() {
    return interpretedSlots.clone();
  }

  /** Runs the lines of one arithmetic step {@code calls} times, before anything compiles them. */
  void runInterpreted(int calls) {
    Object x = 1L;
    for (int c = 0; c < calls; c++) {
      x = invoke(interpreted, x);
    }
  }

  /** The slot of the line that calls a profiled method. */
  int callSlot() {
    return callSlot;
  }

  /**
   * Calls loop {@code loop}, profiled, {@code calls} times with {@code iterations} each: many
   * calls, so that the JIT compiles it as it compiles a program's methods, not only from the loop's
   * inside.
   */
  void runProfiled(int loop, int calls) {
    Object x = 1L;
    for (int c = 0; c < calls; c++) {
      x = invoke(profiled[loop], x);
    }
  }

  /**
   * Calls loop {@code loop} without probes as {@link #runProfiled} does, directly, and returns what
   * each of its lines took, in nanoseconds.
   */
  double unprofiledLineNanos(int loop, int calls) {
    long x = 1;
    long start = System.nanoTime();
    for (int c = 0; c < calls; c++) {
      switch (loop) {
        case 0:
          x = CalibrationLoops.noWork(x);
          break;
        case 1:
          x = CalibrationLoops.shortWork(x);
          break;
        case 2:
          x = CalibrationLoops.mediumWork(x);
          break;
        default:
          x = CalibrationLoops.longWork(x);
          break;
      }
    }
    long nanos = System.nanoTime() - start;
    sink += x;
    return nanos / ((double) calls * loopSlots[loop].length);
  }

  /** Calls the method whose line calls a profiled method {@code calls} times. */
  void runCalls(int times, int iterations) {
    for (int c = 0; c < times; c++) {
      invoke(calls, iterations);
    }
  }

  private static Object invoke(Method method, Object... arguments) {
    try {
      return method.invoke(null, arguments);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the calibration code failed: " + e.getCause(), e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("the calibration code failed: " + e, e);
    }
  }

  private static byte[] classFile(String binaryName) {
    try {
      return CalibrationClasses.classFileOf(binaryName);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the calibration code: " + e.getMessage(), e);
    }
  }

  /** Passes registrations on to the runtime and notes each method's slots, by line. */
  private static final class SlotRecorder implements ProbeRuntime {
    private final ProbeRuntime runtime;
    private final Map<Integer, String> methodNames = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> slotsByMethod = new TreeMap<>();

    SlotRecorder(ProbeRuntime runtime) {
      this.runtime = runtime;
    }

    @Override
    public String recorderClass() {
      return runtime.recorderClass();
    }

    @Override
    public String countersClass() {
      return runtime.countersClass();
    }

    @Override
    public boolean countsMemory() {
      return runtime.countsMemory();
    }

    @Override
    public int registerMethod(
        String className, String methodName, String descriptor, String sourceFile) {
      int id = runtime.registerMethod(className, methodName, descriptor, sourceFile);
      methodNames.put(id, methodName);
      return id;
    }

    @Override
    public int registerLine(int methodId, int line, boolean nested) {
      int slot = runtime.registerLine(methodId, line, nested);
      String method = methodNames.get(methodId);
      Map<Integer, Integer> slots = slotsByMethod.get(method);
      if (slots == null) {
        slots = new TreeMap<>();
        slotsByMethod.put(method, slots);
      }
      slots.put(line, slot);
      return slot;
    }

    /** The slots of {@code method}'s lines, in line order. */
    List<Integer> slotsOf(String method) {
      Map<Integer, Integer> slots = slotsByMethod.get(method);
      return slots == null ? Collections.<Integer>emptyList() : new ArrayList<>(slots.values());
    }
  }
}
