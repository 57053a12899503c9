package org.jkernprof.agent.sampling;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads async-profiler's wall-clock samples ({@code profiler.WallClockSample}: {@code
 * sampledThread}, {@code samples}, the stack) from its JFR file. Apart from the sampler so that
 * {@code jdk.jfr} is touched only when samples are read.
 */
final class JfrStacks {
  /** The event async-profiler writes for each wall-clock sample. */
  static final String WALL_CLOCK_SAMPLE = "profiler.WallClockSample";

  private JfrStacks() {}

  static SampledStacks read(Path file, long intervalNanos) throws IOException {
    List<StackSample> samples = new ArrayList<>();
    try (RecordingFile recording = new RecordingFile(file)) {
      while (recording.hasMoreEvents()) {
        RecordedEvent event = recording.readEvent();
        if (WALL_CLOCK_SAMPLE.equals(event.getEventType().getName())) {
          samples.add(sample(event));
        }
      }
    }
    return new SampledStacks(intervalNanos, samples);
  }

  private static StackSample sample(RecordedEvent event) {
    RecordedThread thread =
        event.hasField("sampledThread") ? event.getThread("sampledThread") : event.getThread();
    String name = null;
    long id = -1;
    if (thread != null) {
      name = thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
      id = thread.getJavaName() != null ? thread.getJavaThreadId() : -1;
    }
    long weight = event.hasField("samples") ? Math.max(1, event.getLong("samples")) : 1;
    RecordedStackTrace stack = event.getStackTrace();
    List<SampledFrame> frames = Collections.emptyList();
    if (stack != null) {
      frames = new ArrayList<>(stack.getFrames().size());
      for (RecordedFrame f : stack.getFrames()) {
        RecordedMethod m = f.getMethod();
        RecordedClass type = m == null ? null : m.getType();
        frames.add(
            new SampledFrame(
                type == null ? "" : type.getName(),
                m == null ? "" : m.getName(),
                m == null ? "" : m.getDescriptor(),
                f.getLineNumber()));
      }
    }
    Instant time = event.getStartTime();
    long epochNanos =
        time == null
            ? StackSample.UNKNOWN_TIME
            : time.getEpochSecond() * 1_000_000_000L + time.getNano();
    return new StackSample(name, id, weight, frames, epochNanos);
  }
}
