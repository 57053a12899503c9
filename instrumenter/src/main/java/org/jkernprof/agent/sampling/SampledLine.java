package org.jkernprof.agent.sampling;

import java.util.Objects;

/**
 * A line of a method: class binary name, method name, descriptor (empty where unknown) and line
 * number. The key under which {@link SampledLineWeights} counts.
 */
public final class SampledLine {
  private final String className;
  private final String methodName;
  private final String descriptor;
  private final int lineNumber;

  public SampledLine(String className, String methodName, String descriptor, int lineNumber) {
    this.className = Objects.requireNonNull(className, "className");
    this.methodName = Objects.requireNonNull(methodName, "methodName");
    this.descriptor = descriptor == null ? "" : descriptor;
    this.lineNumber = lineNumber;
  }

  public String className() {
    return className;
  }

  public String methodName() {
    return methodName;
  }

  public String descriptor() {
    return descriptor;
  }

  public int lineNumber() {
    return lineNumber;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SampledLine)) {
      return false;
    }
    SampledLine l = (SampledLine) o;
    return lineNumber == l.lineNumber
        && className.equals(l.className)
        && methodName.equals(l.methodName)
        && descriptor.equals(l.descriptor);
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
