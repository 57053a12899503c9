package org.jkernprof.results;

/** Hits and total wall time of one source line of a profiled method. Immutable. */
public final class LineStats {
  private final int line;
  private final long hits;
  private final long nanos;

  /**
   * @param line the 1-based source line number
   * @param hits how many times execution entered the line
   * @param nanos total wall time spent on the line, in nanoseconds
   */
  public LineStats(int line, long hits, long nanos) {
    if (line < 0 || hits < 0 || nanos < 0) {
      throw new IllegalArgumentException(
          "negative line statistics: line=" + line + " hits=" + hits + " nanos=" + nanos);
    }
    this.line = line;
    this.hits = hits;
    this.nanos = nanos;
  }

  public int line() {
    return line;
  }

  public long hits() {
    return hits;
  }

  public long nanos() {
    return nanos;
  }

  /** Returns these statistics summed with {@code other}'s, which must be for the same line. */
  public LineStats plus(LineStats other) {
    if (other.line != line) {
      throw new IllegalArgumentException("cannot add line " + other.line + " to line " + line);
    }
    return new LineStats(line, hits + other.hits, nanos + other.nanos);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LineStats)) {
      return false;
    }
    LineStats that = (LineStats) o;
    return line == that.line && hits == that.hits && nanos == that.nanos;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(line * 31L + hits * 17L + nanos);
  }

  @Override
  public String toString() {
    return "line " + line + ": " + hits + " hits, " + nanos + " ns";
  }
}
