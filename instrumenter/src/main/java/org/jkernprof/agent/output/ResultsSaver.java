package org.jkernprof.agent.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.jkernprof.results.RunInfo;

/**
 * Takes the results so far from the recorder and writes them to files. Writes are atomic (a reader
 * sees the old file or the new one) and one at a time, since the exit hook, the periodic writer and
 * {@code JKernprof.dump} may run at once.
 */
public final class ResultsSaver {
  /** Takes the recorder's results for the run so far, anew each time. */
  public interface Recorder {
    /**
     * @param runEnd whether these are the results the exit hook writes, the run's last
     */
    TakenResults take(RunInfo run, boolean runEnd);
  }

  private final Recorder recorder;
  private final long startMillis;
  private final long startNanos;

  /**
   * @param recorder takes the recorder's results for the run so far, anew each time
   * @param startMillis when the JVM started, in epoch milliseconds
   * @param startNanos the same moment on the {@code System.nanoTime()} clock
   */
  public ResultsSaver(Function<RunInfo, TakenResults> recorder, long startMillis, long startNanos) {
    this(
        new Recorder() {
          @Override
          public TakenResults take(RunInfo run, boolean runEnd) {
            return recorder.apply(run);
          }
        },
        startMillis,
        startNanos);
  }

  /** As above, for a recorder that takes the run's last results differently. */
  public ResultsSaver(Recorder recorder, long startMillis, long startNanos) {
    this.recorder = recorder;
    this.startMillis = startMillis;
    this.startNanos = startNanos;
  }

  /** The results so far, lines still running included with their time so far. */
  public TakenResults current() {
    return take(false);
  }

  /** The run's last results, for the exit hook. */
  public TakenResults atRunEnd() {
    return take(true);
  }

  private TakenResults take(boolean runEnd) {
    RunInfo run =
        new RunInfo(
            System.getProperty("sun.java.command", ""),
            System.getProperty("java.runtime.version", System.getProperty("java.version", "")),
            startMillis,
            System.nanoTime() - startNanos);
    return recorder.take(run, runEnd);
  }

  /** Writes {@code results} to {@code file}, replacing it atomically. */
  public synchronized void write(TakenResults results, Path file) throws IOException {
    results.writeTo(file);
  }

  /** Writes the results so far to {@code file}. */
  public void save(Path file) throws IOException {
    write(current(), file);
  }
}
