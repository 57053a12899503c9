package org.jkernprof.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Whether profiled threads slow each other down: the same line-profiled loop, and the same loop
 * unprofiled, run as throughput by one thread and then by two (the thread count is set by {@link
 * BenchmarkMain}). Two threads that share no written cache line do close to twice the work of one;
 * the unprofiled loop shows what the machine itself allows.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ThreadScalingBenchmark {
  private int seed = 17;

  @Benchmark
  public int plainLoop() {
    return Lines.plain(seed);
  }

  @Benchmark
  public int profiledLoop() {
    return Lines.profiled(seed);
  }
}
