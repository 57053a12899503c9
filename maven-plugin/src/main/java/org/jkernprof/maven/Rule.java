package org.jkernprof.maven;

/**
 * One {@code <rule>} of the check goal: the methods a pattern picks (as {@code --include} writes
 * it), optionally one of their lines, and the limits they may not exceed. Each limit given is a
 * rule of its own; at least one is needed.
 *
 * <pre>{@code
 * <rule>
 *   <method>com.acme.Parser#parse</method>
 *   <line>57</line>                      <!-- optional -->
 *   <maxHits>40000</maxHits>             <!-- line-by-line results -->
 *   <maxCalls>5000</maxCalls>            <!-- function-level results -->
 *   <maxAllocated>2MiB</maxAllocated>    <!-- runs with memory -->
 *   <maxTimePerHit>150ns</maxTimePerHit>
 * </rule>
 * }</pre>
 */
public class Rule {
  /** The methods, a pattern as for {@code --include}: {@code com.acme.Parser#parse*}. */
  String method;

  /** One line of those methods; none for the whole method. */
  Integer line;

  /** The most hits: of the line, or of all the method's lines together. */
  String maxHits;

  /** The most calls of each method (function-level results). */
  String maxCalls;

  /** The most bytes allocated: {@code 2MiB}, {@code 512KiB}, {@code 1000}. */
  String maxAllocated;

  /**
   * The longest time per hit of the line, or per call of the method: {@code 150ns}, {@code 2us}.
   */
  String maxTimePerHit;
}
