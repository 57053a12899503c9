package org.jkernprof.corpus;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What instrumenting one class in both modes gave: how many of its methods got probes, why the
 * others did not, and what went wrong.
 *
 * @param name the class's internal name
 * @param lineChanged, functionChanged whether the mode rewrote the class (else it is unchanged)
 * @param failures verifier complaints about the instrumented class that the original does not have,
 *     or instrumenter exceptions, one line each
 * @param uncheckable methods ASM's verifier rejects in the original class as well
 * @param tooLarge methods left as they were because probes would push them over 64 KB
 * @param tooLargeChanged such methods whose code was changed all the same
 * @param unexplained methods left without probes for no known reason
 */
record ClassOutcome(
    String name,
    boolean lineChanged,
    boolean functionChanged,
    int methods,
    int lineProbed,
    int functionProbed,
    Map<Skip, Integer> lineSkips,
    Map<Skip, Integer> functionSkips,
    List<String> failures,
    List<String> uncheckable,
    List<String> tooLarge,
    List<String> tooLargeChanged,
    List<String> unexplained) {

  static Map<Skip, Integer> noSkips() {
    return new EnumMap<>(Skip.class);
  }
}
