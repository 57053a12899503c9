package org.jkernprof.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.jkernprof.results.RunInfo;

/**
 * Takes the results so far from the recorder and writes them to files. Writes are atomic (a reader
 * sees the old file or the new one) and one at a time, since the exit hook, the periodic writer and
 * {@code JKernprof.dump} may run at once.
 */
final class ResultsSaver {
  private final Function<RunInfo, TakenResults> recorder;
  private final long startMillis;
  private final long startNanos;

  /**
   * @param recorder takes the recorder's results for the run so far, anew each time
   * @param startMillis when the JVM started, in epoch milliseconds
   * @param startNanos the same moment on the {@code System.nanoTime()} clock
   */
  ResultsSaver(Function<RunInfo, TakenResults> recorder, long startMillis, long startNanos) {
    this.recorder = recorder;
    this.startMillis = startMillis;
    this.startNanos = startNanos;
  }

  /** The results so far, lines still running included with their time so far. */
  TakenResults current() {
    RunInfo run =
        new RunInfo(
            System.getProperty("sun.java.command", ""),
            System.getProperty("java.runtime.version", System.getProperty("java.version", "")),
            startMillis,
            System.nanoTime() - startNanos);
    return recorder.apply(run);
  }

  /** Writes {@code results} to {@code file}, replacing it atomically. */
  synchronized void write(TakenResults results, Path file) throws IOException {
    results.writeTo(file);
  }

  /** Writes the results so far to {@code file}. */
  void save(Path file) throws IOException {
    write(current(), file);
  }
}
