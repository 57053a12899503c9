package org.jkernprof.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders the corpus tallies as markdown tables, with the notes that explain their cells. */
final class TallyTable {
  private TallyTable() {}

  /** The main table: one row per corpus. */
  static String summary(List<CorpusTally> rows) {
    StringBuilder out = new StringBuilder();
    out.append(
        "| Corpus | Classes | Methods | Instrumented, line mode | Instrumented, function mode"
            + " | ASM verifier failures | Linked with -Xverify:all (line / function)"
            + " | Real agent, sample initialized (line / function) | JVM verify errors |\n");
    out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (CorpusTally t : rows) {
      out.append("| ")
          .append(t.name)
          .append(" | ")
          .append(number(t.classes))
          .append(" | ")
          .append(number(t.methods))
          .append(" | ")
          .append(number(t.lineProbed))
          .append(" | ")
          .append(number(t.functionProbed))
          .append(" | ")
          .append(number(t.failures.size()))
          .append(" | ")
          .append(pair(t.linkedLine, t.linkedFunction))
          .append(" | ")
          .append(pair(t.agentLine, t.agentFunction))
          .append(" | ")
          .append(number(jvmFailures(t).size()))
          .append(" |\n");
    }
    return out.toString();
  }

  /** Why methods got no probes: one row per reason, line mode / function mode per corpus. */
  static String skips(List<CorpusTally> rows) {
    StringBuilder out = new StringBuilder("| Left without probes (line / function) |");
    StringBuilder rule = new StringBuilder("|---|");
    for (CorpusTally t : rows) {
      out.append(' ').append(t.name).append(" |");
      rule.append("--:|");
    }
    out.append('\n').append(rule).append('\n');
    for (Skip skip : Skip.values()) {
      boolean any =
          rows.stream()
              .anyMatch(t -> t.lineSkips.containsKey(skip) || t.functionSkips.containsKey(skip));
      if (!any && skip != Skip.UNEXPLAINED) {
        continue;
      }
      out.append("| ").append(skip.label).append(" |");
      for (CorpusTally t : rows) {
        out.append(' ')
            .append(number(t.lineSkips.getOrDefault(skip, 0)))
            .append(" / ")
            .append(number(t.functionSkips.getOrDefault(skip, 0)))
            .append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The verification and class format errors the child JVMs reported. */
  static List<String> jvmFailures(CorpusTally t) {
    List<String> failures = new ArrayList<>();
    for (LinkResult result :
        new LinkResult[] {t.linkedLine, t.linkedFunction, t.agentLine, t.agentFunction}) {
      if (result != null) {
        failures.addAll(result.failures());
      }
    }
    return failures;
  }

  /** {@code 1,234 / 1,250}: linked (or initialized) in each mode; "n/a" where not checked. */
  private static String pair(LinkResult line, LinkResult function) {
    return side(line) + " / " + side(function);
  }

  private static String side(LinkResult result) {
    return result == null ? "n/a" : number(result.linked()) + " of " + number(result.classes());
  }

  static String number(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
