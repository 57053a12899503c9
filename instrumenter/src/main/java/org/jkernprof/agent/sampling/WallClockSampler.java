package org.jkernprof.agent.sampling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Wall-clock stack sampling of every thread, by async-profiler ({@code event=wall}): running,
 * sleeping, waiting and blocked threads alike, each at the interval asked for. The samples go to a
 * JFR file in the temporary folder, read back and deleted by {@link #stop()}.
 *
 * <pre>{@code
 * WallClockSampler sampler = WallClockSampler.start(Duration.ofMillis(1));
 * ... run ...
 * SampledStacks stacks = sampler.stop();
 * }</pre>
 *
 * One sampler runs at a time in a JVM.
 */
public final class WallClockSampler {
  private final AsyncProfilerLibrary library;
  private final long intervalNanos;
  private final Path jfrFile;
  private final long startedAtNanos;
  private boolean stopped;

  private WallClockSampler(AsyncProfilerLibrary library, long intervalNanos, Path jfrFile) {
    this.library = library;
    this.intervalNanos = intervalNanos;
    this.jfrFile = jfrFile;
    this.startedAtNanos = System.nanoTime();
  }

  /** Starts sampling every {@code interval}; see {@link #start(long)}. */
  public static WallClockSampler start(Duration interval) throws SamplingUnavailableException {
    return start(interval.toNanos());
  }

  /**
   * Starts sampling every {@code intervalNanos} nanoseconds.
   *
   * @throws SamplingUnavailableException with a one-line reason where sampling cannot start (no
   *     library for this OS or architecture, async-profiler already loaded, the JDK without JFR,
   *     async-profiler refusing), the JVM left as it was
   */
  public static WallClockSampler start(long intervalNanos) throws SamplingUnavailableException {
    checkInterval(intervalNanos);
    return start(AsyncProfilerLibrary.bundled(), intervalNanos);
  }

  static WallClockSampler start(AsyncProfilerLibrary library, long intervalNanos)
      throws SamplingUnavailableException {
    checkInterval(intervalNanos);
    String where = "async-profiler " + library.version();
    if (!ModuleLayer.boot().findModule("jdk.jfr").isPresent()) {
      throw new SamplingUnavailableException(
          where, "this Java runtime lacks the module jdk.jfr, which reads the samples");
    }
    Path file;
    try {
      file = Files.createTempFile("jkernprof-wall-", ".jfr");
    } catch (IOException e) {
      throw new SamplingUnavailableException(
          where, "cannot create the samples' file: " + AsyncProfilerLibrary.describe(e));
    }
    String path = file.toAbsolutePath().toString();
    if (path.indexOf(',') >= 0) {
      deleteQuietly(file);
      throw new SamplingUnavailableException(
          where,
          "the temporary folder's path has a comma, which async-profiler cannot take: " + path);
    }
    try {
      library.execute("start,event=wall,interval=" + intervalNanos + "ns,jfr,file=" + path);
    } catch (IllegalStateException e) {
      deleteQuietly(file);
      throw new SamplingUnavailableException(where, e.getMessage());
    }
    return new WallClockSampler(library, intervalNanos, file);
  }

  /** The interval asked for, in nanoseconds. */
  public long intervalNanos() {
    return intervalNanos;
  }

  /** When sampling started, as {@link System#nanoTime()} read it. */
  public long startedAtNanos() {
    return startedAtNanos;
  }

  /**
   * Stops sampling and returns the samples taken; the JFR file is deleted.
   *
   * @throws IllegalStateException if already stopped
   * @throws IOException where async-profiler cannot stop or its file cannot be read
   */
  public synchronized SampledStacks stop() throws IOException {
    if (stopped) {
      throw new IllegalStateException("sampling already stopped");
    }
    stopped = true;
    try {
      try {
        library.execute("stop");
      } catch (IllegalStateException e) {
        throw new IOException("jkernprof: async-profiler could not stop: " + e.getMessage(), e);
      }
      return JfrStacks.read(jfrFile, intervalNanos);
    } finally {
      deleteQuietly(jfrFile);
    }
  }

  private static void checkInterval(long intervalNanos) {
    if (intervalNanos <= 0) {
      throw new IllegalArgumentException("interval <= 0: " + intervalNanos + " ns");
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
