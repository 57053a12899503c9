package org.jkernprof.agent.sampling;

/** Which methods are profiled: the ones whose lines {@link SampledLineWeights} counts. */
public interface ProfiledMethods {
  /**
   * @param className the class's binary name ({@code a.b.Outer$Inner})
   * @param methodName the method's name
   * @param descriptor the method's descriptor, or empty where the recording has none
   */
  boolean isProfiled(String className, String methodName, String descriptor);
}
