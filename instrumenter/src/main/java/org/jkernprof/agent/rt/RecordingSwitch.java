package org.jkernprof.agent.rt;

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

  /** Writes the results so far to the file it is given; registered by the agent at start-up. */
  private static volatile Consumer<String> dumper;

  private RecordingSwitch() {}

  /**
   * Turns recording on or off for frames that start from now on, in every thread. Frames already
   * running keep being recorded, or not, until they end; counts so far are kept either way.
   */
  public static void setRecording(boolean on) {
    recording = on;
    PrimaryThread.recordingSwitched(on);
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
