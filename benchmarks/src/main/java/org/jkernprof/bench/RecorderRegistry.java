package org.jkernprof.bench;

import org.jkernprof.agent.inject.RuntimeInjector;
import org.jkernprof.agent.instr.CallProbeRuntime;
import org.jkernprof.agent.instr.ProbeRuntime;
import org.jkernprof.agent.rt.CallRecorder;
import org.jkernprof.agent.rt.LineRecorder;

/**
 * The recorder runtime as {@link CorpusTransformer} gives it to the instrumenters: probes name the
 * classes the agent injects (the rewritten classes are never loaded here), and methods and lines
 * are registered with the runtime's real registries, as the agent does through method handles.
 */
final class RecorderRegistry implements ProbeRuntime, CallProbeRuntime {
  private final boolean functionMode;

  RecorderRegistry(boolean functionMode) {
    this.functionMode = functionMode;
  }

  @Override
  public String recorderClass() {
    return RuntimeInjector.TARGET_PREFIX + (functionMode ? "CallRecorder" : "LineRecorder");
  }

  /** Time only: the transform benchmark measures the probes every run gets. */
  @Override
  public boolean countsMemory() {
    return false;
  }

  @Override
  public String countersClass() {
    return RuntimeInjector.TARGET_PREFIX + (functionMode ? "CallCounters" : "LineCounters");
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

  @Override
  public int registerMethod(
      String className, String methodName, String descriptor, String sourceFile, int firstLine) {
    return CallRecorder.registerMethod(className, methodName, descriptor, sourceFile, firstLine);
  }
}
