package org.jkernprof.agent.instr;

import org.jkernprof.agent.rt.LineRecorder;

/** The recorder runtime as tests see it: the classes of {@code org.jkernprof.agent.rt} as built. */
public final class DirectRuntime implements ProbeRuntime {
  private final LineTimer timer;

  /** With clock probes. */
  public DirectRuntime() {
    this(LineTimer.CLOCK);
  }

  public DirectRuntime(LineTimer timer) {
    this.timer = timer;
  }

  @Override
  public LineTimer lineTimer() {
    return timer;
  }

  @Override
  public int registerHitTable(int[] slots) {
    return LineRecorder.registerHitTable(slots);
  }

  @Override
  public String recorderClass() {
    return "org/jkernprof/agent/rt/LineRecorder";
  }

  @Override
  public String countersClass() {
    return "org/jkernprof/agent/rt/LineCounters";
  }

  @Override
  public int registerMethod(
      String className, String methodName, String descriptor, String sourceFile) {
    return LineRecorder.registerMethod(className, methodName, descriptor, sourceFile);
  }

  @Override
  public int registerLine(int methodId, int line, boolean nested) {
    return LineRecorder.registerLine(methodId, line, nested);
  }
}
