package org.jkernprof.agent.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.jkernprof.agent.collect.RecorderSnapshot;
import org.jkernprof.agent.collect.ResultsCollector;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LprofReader;

/**
 * A stand-in recorder for the writers' tests: one method with one line whose hit count goes up by
 * one at every snapshot, so each file written tells which snapshot it holds.
 */
final class CountingRecorder {
  private final AtomicLong snapshots = new AtomicLong();

  /** The next snapshot: its line has as many hits as snapshots were taken, this one included. */
  RecorderSnapshot next() {
    long hits = snapshots.incrementAndGet();
    return new RecorderSnapshot(
        new Object[] {
          new String[][] {{"x.Work", "run", "()V", "Work.java"}},
          new int[] {0, 0},
          new int[] {0, 7},
          new boolean[] {false, false},
          new long[] {0, 0, 0, 0, hits, 1000 * hits, hits, 0},
          new Object[] {new String[0], new long[0], new boolean[0], new int[0][], new long[0][]},
          null,
          new long[] {hits, 0}
        });
  }

  long snapshotsTaken() {
    return snapshots.get();
  }

  ResultsSaver saver() {
    return new ResultsSaver(
        run -> new TakenLineResults(ResultsCollector.collect(next(), run, null, "")),
        System.currentTimeMillis(),
        System.nanoTime());
  }

  /** Which snapshot {@code file} holds: the hits of its one line. */
  static long snapshotIn(Path file) throws IOException {
    LineResults results = LprofReader.read(file);
    return results.methods().get(0).lines().get(0).hits();
  }

  /** Waits up to ten seconds for {@code condition}; false if it never held. */
  static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(5);
    }
    return true;
  }

  static boolean exists(Path file) {
    return Files.isRegularFile(file);
  }
}
