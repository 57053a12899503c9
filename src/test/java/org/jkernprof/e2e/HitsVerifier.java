package org.jkernprof.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jkernprof.results.LineResults;
import org.jkernprof.testsupport.ExpectedHits;

/**
 * Checks every {@code // hits(N)} comment of a target's source against the recorded results, and on
 * a mismatch fails with a table of every commented line: expected, actual and where the hits were
 * reported.
 */
final class HitsVerifier {
  private HitsVerifier() {}

  static void verify(Path source, LineResults results, String topLevelClass) {
    List<ExpectedHits> expected = ExpectedHits.parse(source);
    RecordedLines recorded = RecordedLines.of(results, topLevelClass);
    boolean expectsHits = expected.stream().anyMatch(e -> e.hits() > 0);
    if (expectsHits && recorded.isEmpty()) {
      throw new AssertionError(
          "nothing was recorded for "
              + topLevelClass
              + " or its nested classes; recorded: "
              + results.methods());
    }
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            "%6s %10s %10s   %-30s %s%n", "line", "expected", "actual", "reported in", "source"));
    int failures = 0;
    for (ExpectedHits e : expected) {
      Map<String, Long> where = recorded.hitsByMethod(e.line());
      long actual =
          e.method() == null ? recorded.hits(e.line()) : recorded.hits(e.line(), e.method());
      boolean elsewhere =
          e.method() != null && where.keySet().stream().anyMatch(m -> !m.equals(e.method()));
      boolean ok = actual == e.hits() && !elsewhere;
      if (!ok) {
        failures++;
      }
      table.append(
          String.format(
              "%6d %10d %10d %s %-30s %s%n",
              e.line(),
              e.hits(),
              actual,
              ok ? "  " : "<>",
              where.isEmpty() ? "-" : where,
              e.text()));
    }
    if (failures > 0) {
      throw new AssertionError(
          failures
              + " line(s) of "
              + source.getFileName()
              + " differ from their hits comments (<> marks them):\n"
              + table
              + "listings recorded: "
              + recorded.names());
    }
  }
}
