package org.jkernprof.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts for one corpus: what in-process instrumentation and ASM's verifier found, then what
 * the JVM's own verifier said in child JVMs. Filled by one thread at a time.
 */
final class CorpusTally {
  final String id;
  final String name;
  int classes;
  int methods;
  int lineProbed;
  int functionProbed;
  final Map<Skip, Integer> lineSkips = new EnumMap<>(Skip.class);
  final Map<Skip, Integer> functionSkips = new EnumMap<>(Skip.class);
  final List<String> failures = new ArrayList<>();
  final List<String> uncheckable = new ArrayList<>();
  final List<String> tooLarge = new ArrayList<>();
  final List<String> tooLargeChanged = new ArrayList<>();
  final List<String> unexplained = new ArrayList<>();

  /** The classes each mode rewrote, by internal name. */
  final List<String> lineChanged = new ArrayList<>();

  final List<String> functionChanged = new ArrayList<>();

  /** The JVM's verifier on every instrumented class, per mode; null until checked. */
  LinkResult linkedLine;

  LinkResult linkedFunction;

  /** Classes loaded and initialized under the real agent with {@code -Xverify:all}. */
  LinkResult agentLine;

  LinkResult agentFunction;

  CorpusTally(String id, String name, int classes) {
    this.id = id;
    this.name = name;
    this.classes = classes;
  }

  void add(ClassOutcome outcome) {
    methods += outcome.methods();
    lineProbed += outcome.lineProbed();
    functionProbed += outcome.functionProbed();
    outcome.lineSkips().forEach((skip, n) -> lineSkips.merge(skip, n, Integer::sum));
    outcome.functionSkips().forEach((skip, n) -> functionSkips.merge(skip, n, Integer::sum));
    failures.addAll(outcome.failures());
    uncheckable.addAll(outcome.uncheckable());
    tooLarge.addAll(outcome.tooLarge());
    tooLargeChanged.addAll(outcome.tooLargeChanged());
    unexplained.addAll(outcome.unexplained());
    if (outcome.lineChanged()) {
      lineChanged.add(outcome.name());
    }
    if (outcome.functionChanged()) {
      functionChanged.add(outcome.name());
    }
  }

  /** Adds another tally's counts to this one, for a row that sums several corpora. */
  void addAll(CorpusTally other) {
    classes += other.classes;
    methods += other.methods;
    lineProbed += other.lineProbed;
    functionProbed += other.functionProbed;
    other.lineSkips.forEach((skip, n) -> lineSkips.merge(skip, n, Integer::sum));
    other.functionSkips.forEach((skip, n) -> functionSkips.merge(skip, n, Integer::sum));
    failures.addAll(other.failures);
    uncheckable.addAll(other.uncheckable);
    tooLarge.addAll(other.tooLarge);
    tooLargeChanged.addAll(other.tooLargeChanged);
    unexplained.addAll(other.unexplained);
    lineChanged.addAll(other.lineChanged);
    functionChanged.addAll(other.functionChanged);
    linkedLine = LinkResult.sum(linkedLine, other.linkedLine);
    linkedFunction = LinkResult.sum(linkedFunction, other.linkedFunction);
    agentLine = LinkResult.sum(agentLine, other.agentLine);
    agentFunction = LinkResult.sum(agentFunction, other.agentFunction);
  }
}
