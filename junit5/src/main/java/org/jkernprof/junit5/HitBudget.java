package org.jkernprof.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A performance budget of a test: the most hits the test may make a profiled method (or one of its
 * lines) run. Hits are exact, so the budget fails only when the code changed. Checked by {@link
 * JKernprofExtension} when the test ends, against the test's own share of the results; the test
 * fails with one line per broken budget. Without the agent nothing is checked.
 *
 * <pre>{@code
 * @Test
 * @HitBudget(method = "com.acme.Parser#parse", maxHits = 120_000)
 * @HitBudget(method = "com.acme.Parser#parse", line = 57, maxHits = 40_000)
 * void parsesTheCatalog() { ... }
 * }</pre>
 *
 * <p>On a test class, the budget holds for each of its tests. A method the test never ran counts 0
 * hits; a budget naming a class the test cannot load, or a method its class does not declare, is
 * broken (a misspelt budget would otherwise hold whatever the code did). A line with no code counts
 * 0 hits: check the number in the split report ({@code jkernprof view --by-test}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(HitBudgets.class)
public @interface HitBudget {
  /**
   * The method, {@code CLASS#METHOD}: the class's binary name ({@code com.acme.Parser}, {@code
   * com.acme.Outer$Inner}) and the method's name ({@code <init>} for a constructor); overloads are
   * summed.
   */
  String method();

  /** One line of the method; 0, the default, for all its lines. */
  int line() default 0;

  /** The most hits allowed: of the line, or of all the method's lines together. */
  long maxHits();
}
