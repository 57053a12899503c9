package org.jkernprof.agent.instr;

/**
 * Opens the instrumenter's test-only selection of every method of every class to the corpus tests,
 * which run it over the JDK's own classes too.
 */
public final class EveryMethod {
  private EveryMethod() {}

  /** Every method and static initializer of every class, the JDK's included. */
  public static MethodSelection selection() {
    return MethodSelection.everyMethodOfEveryClass();
  }

  /** How the instrumenter names a method in its warnings: {@code com.acme.Report.build(int)}. */
  public static String readableName(String owner, String name, String descriptor) {
    return MethodNames.readable(owner, name, descriptor);
  }
}
