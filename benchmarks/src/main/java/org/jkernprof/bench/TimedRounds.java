package org.jkernprof.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The nanoseconds per call of some repeated code, round after round: each round makes as many calls
 * as take about the given time, judged by the round before, and the median round is kept, the one
 * that other work on the machine moves least.
 */
final class TimedRounds {
  /** Code done {@code calls} times, whose result must be used. */
  interface Repeated {
    long run(int calls);
  }

  private final Repeated repeated;
  private final long roundNanos;
  private final List<Double> perCall = new ArrayList<>();
  private int calls = 1 << 10;
  private long sink;

  TimedRounds(Repeated repeated, long roundNanos) {
    this.repeated = repeated;
    this.roundNanos = roundNanos;
  }

  /** One round; {@code counted} false for a warm-up round. */
  void run(boolean counted) {
    long start = System.nanoTime();
    sink += repeated.run(calls);
    long nanos = Math.max(1, System.nanoTime() - start);
    if (counted) {
      perCall.add(nanos / (double) calls);
    }
    calls = (int) Math.max(1 << 10, Math.min(1 << 26, roundNanos * (double) calls / nanos));
  }

  double median() {
    return Medians.of(perCall);
  }

  /** What the calls computed, so that the JIT cannot leave them out. */
  long sink() {
    return sink;
  }
}
