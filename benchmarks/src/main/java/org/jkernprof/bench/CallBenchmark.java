package org.jkernprof.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What one profiled call costs in function-level mode: the same call loop run in a JVM without the
 * agent and in one with {@code mode=function}, beside one {@code System.nanoTime()}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CallBenchmark {
  private int seed = 17;

  @Benchmark
  public long nanoTime() {
    return System.nanoTime();
  }

  @Benchmark
  public int callLoop() {
    return Calls.loop(seed);
  }
}
