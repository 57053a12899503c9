package org.jkernprof.agent.sampling;

/**
 * One frame of a sampled stack: the line it was on ({@link SampledLine}: class binary name {@code
 * a.b.Outer$Inner}, method name and descriptor, empty where the recording has none, as for native
 * frames, and line number, {@code -1} where unknown).
 */
public final class SampledFrame {
  private final SampledLine line;

  public SampledFrame(String className, String methodName, String descriptor, int lineNumber) {
    this.line =
        new SampledLine(
            className == null ? "" : className,
            methodName == null ? "" : methodName,
            descriptor,
            lineNumber);
  }

  public String className() {
    return line.className();
  }

  public String methodName() {
    return line.methodName();
  }

  /** The method descriptor, e.g. {@code (I)J}, or empty where unknown. */
  public String descriptor() {
    return line.descriptor();
  }

  /** The line number, or {@code -1} where unknown. */
  public int lineNumber() {
    return line.lineNumber();
  }

  /** The line this frame was on. */
  public SampledLine line() {
    return line;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SampledFrame && line.equals(((SampledFrame) o).line);
  }

  @Override
  public int hashCode() {
    return line.hashCode();
  }

  @Override
  public String toString() {
    return line.toString();
  }
}
