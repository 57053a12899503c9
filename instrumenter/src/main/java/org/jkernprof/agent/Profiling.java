package org.jkernprof.agent;

import org.jkernprof.agent.inject.InjectedSwitch;
import org.jkernprof.agent.output.ResultsSaver;

/**
 * What one profiling run is made of, built by {@link Agent#prepare}: how classes are rewritten,
 * what takes the results, and the recording switch. Immutable.
 */
final class Profiling {
  final ProfilingTransformer.ClassRewriter rewriter;
  final ResultsSaver.Recorder recorder;
  final InjectedSwitch recordingSwitch;

  Profiling(
      ProfilingTransformer.ClassRewriter rewriter,
      ResultsSaver.Recorder recorder,
      InjectedSwitch recordingSwitch) {
    this.rewriter = rewriter;
    this.recorder = recorder;
    this.recordingSwitch = recordingSwitch;
  }
}
