package org.jkernprof.agent.calibration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jkernprof.agent.instr.ClassInstrumenter;
import org.jkernprof.agent.instr.MethodSelection;
import org.jkernprof.agent.instr.ProbeRuntime;
import org.jkernprof.agent.instr.ProfiledUnits;

/**
 * {@link CalibrationLoops} instrumented by the real instrumenter for the real runtime and defined
 * in a class loader of its own, with the slots of the lines whose charged time is measured.
 */
final class CalibrationTarget {
  /** The binary name of the profiled calibration code, whose methods are never results. */
  static final String CLASS_NAME = CalibrationLoops.class.getName();

  private final Method lines;
  private final Method calls;
  private final int[] lineSlots;
  private final int callSlot;

  private CalibrationTarget(Method lines, Method calls, int[] lineSlots, int callSlot) {
    this.lines = lines;
    this.calls = calls;
    this.lineSlots = lineSlots;
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
    OwnLoader loader = new OwnLoader(CalibrationTarget.class.getClassLoader());
    byte[] original = classFile(internalName);
    byte[] instrumented =
        new ClassInstrumenter(
                slots,
                new ProfiledUnits(),
                MethodSelection.everyMethodOf(CLASS_NAME),
                new java.util.function.Consumer<String>() {
                  @Override
                  public void accept(String warning) {
                    // A warning means a method is not profiled; the slot check below catches it.
                  }
                })
            .instrument(loader, internalName, original);
    if (instrumented == null) {
      throw new IllegalStateException("the calibration code was not instrumented");
    }
    Class<?> type = loader.define(CLASS_NAME, instrumented);
    List<Integer> lineSlots = slots.slotsOf("lines");
    List<Integer> callSlots = slots.slotsOf("calls");
    // lines: a = ..., for, eight body lines, return; calls: a = ..., for, the call, return.
    if (lineSlots.size() != 11 || callSlots.size() != 4) {
      throw new IllegalStateException("the calibration code has unexpected lines");
    }
    int[] body = new int[8];
    for (int i = 0; i < body.length; i++) {
      body[i] = lineSlots.get(2 + i);
    }
    try {
      Method lines = type.getDeclaredMethod("lines", int.class);
      Method calls = type.getDeclaredMethod("calls", int.class);
      lines.setAccessible(true);
      calls.setAccessible(true);
      return new CalibrationTarget(lines, calls, body, callSlots.get(2));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("the calibration code has no " + e.getMessage(), e);
    }
  }

  /** The slots of the eight lines of almost no work. */
  int[] lineSlots() {
    return lineSlots.clone();
  }

  /** The slot of the line that calls a profiled method. */
  int callSlot() {
    return callSlot;
  }

  /** Runs {@code iterations} of the eight lines. */
  void runLines(int iterations) {
    invoke(lines, iterations);
  }

  /** Runs {@code iterations} of the line that calls a profiled method. */
  void runCalls(int iterations) {
    invoke(calls, iterations);
  }

  private static void invoke(Method method, int iterations) {
    try {
      method.invoke(null, iterations);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("the calibration code failed: " + e, e);
    }
  }

  private static byte[] classFile(String internalName) {
    String resource = internalName.substring(internalName.lastIndexOf('/') + 1) + ".class";
    try (InputStream in = CalibrationTarget.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the calibration code's class file is missing");
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes.write(buffer, 0, n);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the calibration code: " + e.getMessage(), e);
    }
  }

  /** Defines the instrumented calibration class apart from the agent's own copy. */
  private static final class OwnLoader extends ClassLoader {
    OwnLoader(ClassLoader parent) {
      super(parent);
    }

    Class<?> define(String name, byte[] classFile) {
      return defineClass(name, classFile, 0, classFile.length);
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
