package org.jkernprof.agent.calibration;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether the JIT is still at work: the time it has spent compiling so far, which stops growing
 * once it has compiled what runs. Where the JVM does not say, it always reads the same, and the
 * calibration then relies on its figures holding still.
 */
final class JitActivity {
  private final CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();

  /** Milliseconds the JIT has spent compiling, or 0 if the JVM does not tell. */
  long compilingMillis() {
    return compiler != null && compiler.isCompilationTimeMonitoringSupported()
        ? compiler.getTotalCompilationTime()
        : 0;
  }
}
