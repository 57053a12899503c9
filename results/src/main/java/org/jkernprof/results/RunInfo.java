package org.jkernprof.results;

import java.util.Objects;

/** Facts about the profiled run: what ran, on which JVM, when and for how long. Immutable. */
public final class RunInfo {
  private final String command;
  private final String jvmVersion;
  private final long startEpochMillis;
  private final long durationNanos;

  public RunInfo(String command, String jvmVersion, long startEpochMillis, long durationNanos) {
    this.command = Objects.requireNonNull(command, "command");
    this.jvmVersion = Objects.requireNonNull(jvmVersion, "jvmVersion");
    this.startEpochMillis = startEpochMillis;
    this.durationNanos = durationNanos;
  }

  /** The program's command line as the JVM saw it ({@code sun.java.command}). */
  public String command() {
    return command;
  }

  /** {@code java.runtime.version} of the profiled JVM. */
  public String jvmVersion() {
    return jvmVersion;
  }

  /** When the JVM started, in milliseconds since the epoch. */
  public long startEpochMillis() {
    return startEpochMillis;
  }

  /** Wall time from JVM start to the moment the results were taken, in nanoseconds. */
  public long durationNanos() {
    return durationNanos;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RunInfo)) {
      return false;
    }
    RunInfo that = (RunInfo) o;
    return command.equals(that.command)
        && jvmVersion.equals(that.jvmVersion)
        && startEpochMillis == that.startEpochMillis
        && durationNanos == that.durationNanos;
  }

  @Override
  public int hashCode() {
    return Objects.hash(command, jvmVersion, startEpochMillis, durationNanos);
  }

  @Override
  public String toString() {
    return "RunInfo[" + command + ", " + jvmVersion + ", " + durationNanos + " ns]";
  }
}
