package org.jkernprof.corpus;

import java.util.concurrent.atomic.AtomicInteger;
import org.jkernprof.agent.inject.RuntimeInjector;
import org.jkernprof.agent.instr.CallProbeRuntime;
import org.jkernprof.agent.instr.LineTimer;
import org.jkernprof.agent.instr.ProbeRuntime;

/**
 * Recorder runtimes for instrumenting without an agent: probes name the classes the agent injects,
 * and registration hands out ids as the agent's registry does, one method and one line slot after
 * another for the whole corpus, so probes push small and large constants alike. Nothing is
 * recorded; the classes are checked, never run, in this JVM.
 */
final class CountingRuntimes {
  private CountingRuntimes() {}

  /**
   * The line probes the corpus gets: the clock probes, or the counting probes of {@code
   * --timer=sampled} with {@code -Djkernprof.corpus.timer=SAMPLED}.
   */
  static LineTimer lineTimer() {
    return LineTimer.valueOf(System.getProperty("jkernprof.corpus.timer", "CLOCK"));
  }

  static ProbeRuntime line() {
    LineTimer timer = lineTimer();
    return new ProbeRuntime() {
      private final AtomicInteger methods = new AtomicInteger();
      private final AtomicInteger slots = new AtomicInteger(1);
      private final AtomicInteger hitTables = new AtomicInteger();

      @Override
      public LineTimer lineTimer() {
        return timer;
      }

      @Override
      public int registerHitTable(int[] tableSlots) {
        return hitTables.getAndIncrement();
      }

      @Override
      public String recorderClass() {
        return RuntimeInjector.injectedName("LineRecorder");
      }

      @Override
      public String countersClass() {
        return RuntimeInjector.injectedName("LineCounters");
      }

      @Override
      public int registerMethod(
          String className, String methodName, String descriptor, String sourceFile) {
        return methods.getAndIncrement();
      }

      @Override
      public int registerLine(int methodId, int line, boolean nested) {
        return slots.getAndIncrement();
      }
    };
  }

  static CallProbeRuntime function() {
    return new CallProbeRuntime() {
      private final AtomicInteger methods = new AtomicInteger();

      @Override
      public String recorderClass() {
        return RuntimeInjector.injectedName("CallRecorder");
      }

      @Override
      public String countersClass() {
        return RuntimeInjector.injectedName("CallCounters");
      }

      @Override
      public int registerMethod(
          String className, String methodName, String descriptor, String sourceFile, int line) {
        return methods.getAndIncrement();
      }
    };
  }
}
