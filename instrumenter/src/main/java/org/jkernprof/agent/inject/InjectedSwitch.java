package org.jkernprof.agent.inject;

import java.lang.invoke.MethodHandle;
import java.util.function.Consumer;

/**
 * The recording switch and results dump of the injected runtime ({@code RecordingSwitch}), which
 * both modes' recorders read and {@code JKernprof} calls.
 */
public final class InjectedSwitch {
  private final MethodHandle setRecording;
  private final MethodHandle setDumper;
  private final MethodHandle switchTimes;
  private final MethodHandle keepSwitchTimes;

  public InjectedSwitch() throws ReflectiveOperationException {
    InjectedClass type = new InjectedClass("RecordingSwitch");
    setRecording = type.staticMethod("setRecording", void.class, boolean.class);
    setDumper = type.staticMethod("setDumper", void.class, Consumer.class);
    switchTimes = type.staticMethod("switchTimes", long[].class);
    keepSwitchTimes = type.staticMethod("keepSwitchTimes", void.class);
  }

  /** From now on, remembers when recording goes off and on, for {@link #switchTimes}. */
  public void keepSwitchTimes() {
    try {
      keepSwitchTimes.invokeExact();
    } catch (Throwable t) {
      throw InjectedClass.failed(t);
    }
  }

  /**
   * When recording went off and on again so far, as wall-clock nanoseconds since the epoch: off at
   * even indices, on at odd ones.
   */
  public long[] switchTimes() {
    try {
      return (long[]) switchTimes.invokeExact();
    } catch (Throwable t) {
      throw InjectedClass.failed(t);
    }
  }

  /** Turns recording on or off for frames that start from now on. */
  public void setRecording(boolean on) {
    try {
      setRecording.invokeExact(on);
    } catch (Throwable t) {
      throw InjectedClass.failed(t);
    }
  }

  /** Registers what {@code JKernprof.dump} runs, with the file name it is given. */
  public void setDumper(Consumer<String> dumper) {
    try {
      setDumper.invokeExact(dumper);
    } catch (Throwable t) {
      throw InjectedClass.failed(t);
    }
  }
}
