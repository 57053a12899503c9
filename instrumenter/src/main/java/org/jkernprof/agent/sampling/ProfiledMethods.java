package org.jkernprof.agent.sampling;

/** Which methods are profiled: the ones whose lines {@link SampledLineWeights} counts. */
public interface ProfiledMethods {
  /**
   * @param className the class's binary name ({@code a.b.Outer$Inner})
   * @param methodName the method's name
   * @param descriptor the method's descriptor, or empty where the recording has none
   */
  boolean isProfiled(String className, String methodName, String descriptor);

  /**
   * The line of a profiled method that a frame's line counts for, or null if none: the frame's own
   * line where its method is profiled. Code nested in a profiled method (a lambda, an anonymous or
   * local class, an enum constant's body) reports into that method's line of the same number, as
   * the clock timer reports it, even where the enclosing method is no longer on the stack.
   */
  default SampledLine reportsInto(SampledLine frameLine) {
    return isProfiled(frameLine.className(), frameLine.methodName(), frameLine.descriptor())
        ? frameLine
        : null;
  }
}
