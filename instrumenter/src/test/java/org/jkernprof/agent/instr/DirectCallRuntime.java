package org.jkernprof.agent.instr;

import org.jkernprof.agent.rt.CallRecorder;

/** The function-level runtime as tests see it: the classes of {@code org.jkernprof.agent.rt}. */
public final class DirectCallRuntime implements CallProbeRuntime {
  @Override
  public String recorderClass() {
    return "org/jkernprof/agent/rt/CallRecorder";
  }

  @Override
  public String countersClass() {
    return "org/jkernprof/agent/rt/CallCounters";
  }

  @Override
  public int registerMethod(
      String className, String methodName, String descriptor, String sourceFile, int firstLine) {
    return CallRecorder.registerMethod(className, methodName, descriptor, sourceFile, firstLine);
  }
}
