package org.jkernprof.agent.rt;

import java.time.Instant;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Whether frames that start now are recorded, in both modes, and the results dump: what {@code
 * org.jkernprof.JKernprof} calls by reflection ({@code enable}, {@code disable}, {@code isEnabled},
 * {@code dump}), so that a program can profile only a section of its run. The recorders read {@link
 * #isRecording} once per frame entry, never per line.
 */
public final class RecordingSwitch {
  /** Volatile: a switch made by any thread applies to every frame that starts after it. */
  private static volatile boolean recording = true;

  /**
   * When recording went off and on again, as wall-clock nanoseconds since the epoch: off at even
   * indices, on at odd ones, the first {@link #switchCount}; an odd count means it is off now. Kept
   * only for the sampled timer ({@link #keepSwitchTimes}), which drops the samples taken while
   * recording was off, so that a program switching in a loop costs the clock timer nothing. Guarded
   * by the class's lock, as are the two fields below.
   */
  private static long[] switches = new long[0];

  private static int switchCount;

  private static boolean keepTimes;

  /** Writes the results so far to the file it is given; registered by the agent at start-up. */
  private static volatile Consumer<String> dumper;

  private RecordingSwitch() {}

  /**
   * Turns recording on or off for frames that start from now on, in every thread. Frames already
   * running keep being recorded, or not, until they end; counts so far are kept either way.
   */
  public static synchronized void setRecording(boolean on) {
    if (keepTimes && on != recording) {
      if (switchCount == switches.length) {
        switches = Arrays.copyOf(switches, Math.max(8, 2 * switchCount));
      }
      Instant now = Instant.now();
      switches[switchCount++] = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
    recording = on;
    PrimaryThread.recordingSwitched(on);
  }

  /** From now on, remembers when recording goes off and on ({@link #switchTimes}). */
  public static synchronized void keepSwitchTimes() {
    keepTimes = true;
  }

  /**
   * When recording went off and on again since {@link #keepSwitchTimes}, as wall-clock nanoseconds
   * since the epoch: off at even indices, on at odd ones (an odd length: off now); a copy.
   */
  public static synchronized long[] switchTimes() {
    return Arrays.copyOf(switches, switchCount);
  }

  /** Whether frames that start now are recorded. */
  public static boolean isRecording() {
    return recording;
  }

  /**
   * Registers what {@link #dump} calls: it takes an absolute file name, writes the results so far
   * there, and throws {@link java.io.UncheckedIOException} if it cannot.
   */
  public static void setDumper(Consumer<String> resultsDumper) {
    dumper = resultsDumper;
  }

  /**
   * Writes the results so far to {@code file} now, through the registered dumper.
   *
   * @return false if no dumper is registered, so nothing was written
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public static boolean dump(String file) {
    Consumer<String> d = dumper;
    if (d == null) {
      return false;
    }
    d.accept(file);
    return true;
  }
}
