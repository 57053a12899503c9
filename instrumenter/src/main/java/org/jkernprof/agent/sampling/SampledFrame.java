package org.jkernprof.agent.sampling;

import java.util.Objects;

/**
 * One frame of a sampled stack: the class's binary name ({@code a.b.Outer$Inner}), the method's
 * name and descriptor (empty where the recording has none, as for native frames) and the line
 * number ({@code -1} where unknown).
 */
public final class SampledFrame {
  private final String className;
  private final String methodName;
  private final String descriptor;
  private final int lineNumber;

  public SampledFrame(String className, String methodName, String descriptor, int lineNumber) {
    this.className = className == null ? "" : className;
    this.methodName = methodName == null ? "" : methodName;
    this.descriptor = descriptor == null ? "" : descriptor;
    this.lineNumber = lineNumber;
  }

  public String className() {
    return className;
  }

  public String methodName() {
    return methodName;
  }

  /** The method descriptor, e.g. {@code (I)J}, or empty where unknown. */
  public String descriptor() {
    return descriptor;
  }

  /** The line number, or {@code -1} where unknown. */
  public int lineNumber() {
    return lineNumber;
  }

  /** The line this frame was on. */
  public SampledLine line() {
    return new SampledLine(className, methodName, descriptor, lineNumber);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SampledFrame)) {
      return false;
    }
    SampledFrame f = (SampledFrame) o;
    return lineNumber == f.lineNumber
        && className.equals(f.className)
        && methodName.equals(f.methodName)
        && descriptor.equals(f.descriptor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(className, methodName, descriptor, lineNumber);
  }

  @Override
  public String toString() {
    return className + "." + methodName + descriptor + ":" + lineNumber;
  }
}
