package org.jkernprof.results;

/**
 * Hits and total wall time of one source line of a profiled method; when memory was counted, the
 * bytes it allocated and the heap in use when it was last entered; and, when the run measured it,
 * the profiler's own work inside that time ({@link ProbeTime}); with the sampled timer, the samples
 * its time was counted from. Immutable.
 */
public final class LineStats {
  private final int line;
  private final long hits;
  private final long nanos;
  private final long allocatedBytes;
  private final long heapBytes;
  private final ProbeTime probe;
  private final long samples;

  /**
   * Statistics without memory figures (both zero).
   *
   * @param line the 1-based source line number
   * @param hits how many times execution entered the line
   * @param nanos total wall time spent on the line, in nanoseconds
   */
  public LineStats(int line, long hits, long nanos) {
    this(line, hits, nanos, 0, 0);
  }

  /**
   * @param allocatedBytes the bytes the thread allocated while the line ran, callees included
   * @param heapBytes the heap in use when the line was last entered
   */
  public LineStats(int line, long hits, long nanos, long allocatedBytes, long heapBytes) {
    this(line, hits, nanos, allocatedBytes, heapBytes, ProbeTime.NONE, 0);
  }

  private LineStats(
      int line,
      long hits,
      long nanos,
      long allocatedBytes,
      long heapBytes,
      ProbeTime probe,
      long samples) {
    if (line < 0 || hits < 0 || nanos < 0 || allocatedBytes < 0 || heapBytes < 0 || samples < 0) {
      throw new IllegalArgumentException(
          "negative line statistics: line="
              + line
              + " hits="
              + hits
              + " nanos="
              + nanos
              + " allocated="
              + allocatedBytes
              + " heap="
              + heapBytes
              + " samples="
              + samples);
    }
    this.line = line;
    this.hits = hits;
    this.nanos = nanos;
    this.allocatedBytes = allocatedBytes;
    this.heapBytes = heapBytes;
    this.probe = probe;
    this.samples = samples;
  }

  /** This line's time statistics with memory figures. */
  public LineStats withMemory(long allocated, long heap) {
    return new LineStats(line, hits, nanos, allocated, heap, probe, samples);
  }

  /** These statistics with the profiler's own work inside the line's time. */
  public LineStats withProbe(ProbeTime probeTime) {
    return new LineStats(line, hits, nanos, allocatedBytes, heapBytes, probeTime, samples);
  }

  /**
   * These statistics with the sampled timer's count: {@code sampleCount} samples held the line on
   * their stack, which {@link #nanos()} was computed from.
   */
  public LineStats withSamples(long sampleCount) {
    return new LineStats(line, hits, nanos, allocatedBytes, heapBytes, probe, sampleCount);
  }

  /** The samples whose stack held this line; 0 unless the sampled timer made these results. */
  public long samples() {
    return samples;
  }

  public int line() {
    return line;
  }

  public long hits() {
    return hits;
  }

  /** The wall time measured on the line, the profiler's own work in it included. */
  public long nanos() {
    return nanos;
  }

  /** The profiler's own work inside {@link #nanos()}; {@link ProbeTime#NONE} if not measured. */
  public ProbeTime probe() {
    return probe;
  }

  /** The line's time less the profiler's own work in it, never below zero. */
  public long nanosLessProbes() {
    return Math.max(0, nanos - probe.nanos());
  }

  /**
   * Whether {@link #nanosLessProbes()} is within the uncertainty of the probe cost taken out, so
   * that the line's own time cannot be told from zero.
   */
  public boolean isWithinProbeNoise() {
    return probe.nanos() > 0 && nanos - probe.nanos() <= probe.noiseNanos();
  }

  /** The bytes allocated while the line ran, callees included; 0 without memory counting. */
  public long allocatedBytes() {
    return allocatedBytes;
  }

  /** The heap in use when the line was last entered; 0 without memory counting. */
  public long heapBytes() {
    return heapBytes;
  }

  /**
   * Returns these statistics summed with {@code other}'s, which must be for the same line; the heap
   * in use is the higher of the two.
   */
  public LineStats plus(LineStats other) {
    if (other.line != line) {
      throw new IllegalArgumentException("cannot add line " + other.line + " to line " + line);
    }
    return new LineStats(
        line,
        hits + other.hits,
        nanos + other.nanos,
        allocatedBytes + other.allocatedBytes,
        Math.max(heapBytes, other.heapBytes),
        probe.plus(other.probe),
        samples + other.samples);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LineStats)) {
      return false;
    }
    LineStats that = (LineStats) o;
    return line == that.line
        && hits == that.hits
        && nanos == that.nanos
        && allocatedBytes == that.allocatedBytes
        && heapBytes == that.heapBytes
        && probe.equals(that.probe)
        && samples == that.samples;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(line * 31L + hits * 17L + nanos + allocatedBytes * 7L + heapBytes);
  }

  @Override
  public String toString() {
    String memory =
        allocatedBytes == 0 && heapBytes == 0
            ? ""
            : ", " + allocatedBytes + " B allocated, heap " + heapBytes + " B";
    String probes = probe == ProbeTime.NONE ? "" : ", " + probe;
    return "line " + line + ": " + hits + " hits, " + nanos + " ns" + memory + probes;
  }
}
