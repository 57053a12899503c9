package org.jkernprof.bench;

/**
 * {@link Lines}'s loop without {@code @Profile}: {@link ProbeKindsBenchmark} instruments copies of
 * it itself, selected by a pattern, so the agent of the benchmark's JVM leaves them alone. Each
 * call makes {@link Lines#LINE_EVENTS} line events.
 */
final class ProbeTarget {
  private ProbeTarget() {}

  static int loop(int x) {
    for (int i = 0; i < 100; i++) {
      x = x * 31 + i;
    }
    return x;
  }
}
