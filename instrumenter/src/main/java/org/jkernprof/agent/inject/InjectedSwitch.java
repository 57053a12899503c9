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

  public InjectedSwitch() throws ReflectiveOperationException {
    InjectedClass type = new InjectedClass("RecordingSwitch");
    setRecording = type.staticMethod("setRecording", void.class, boolean.class);
    setDumper = type.staticMethod("setDumper", void.class, Consumer.class);
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
