package org.jkernprof.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What one line event costs: the profiled loop against the same loop unprofiled, beside one {@code
 * System.nanoTime()}, all in the same JVM running the agent.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LineEventBenchmark {
  private int seed = 17;

  @Benchmark
  public long nanoTime() {
    return System.nanoTime();
  }

  @Benchmark
  public int plainLoop() {
    return Lines.plain(seed);
  }

  @Benchmark
  public int profiledLoop() {
    return Lines.profiled(seed);
  }
}
