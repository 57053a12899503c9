package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The comparison the probe-cost test relies on: rows matched to their truth by the steps their
 * source names, ns/hit from Time and Hits in the report's unit, shares and their errors.
 */
class TruthTableTest {
  private static final KnownCostTruth TRUTH =
      new KnownCostTruth(
          List.of(new KnownCostTruth.Line(0, 2.0), new KnownCostTruth.Line(152, 198.0)), 201.0);

  private static final String CORRECTED =
      """
      Timer unit: 1e-09 s (less the profiler's own cost, measured in this run: 25.0 ns per line event, 1.0 ns per call)

      Total time: 0.000202 s
      File: /src/KnownCosts.java
      Function: KnownCosts.lines(long) at line 7

      Line #      Hits         Time  Per Hit   % Time  Line Contents
      ==============================================================
           7                                             @Profile
           8                                             static long lines(long x) {
           9      1000           ~0       ~0       ~0      x = spin(x, 0);
          10      1000     202000.0    202.0    100.0      return spin(x, 152);
          11                                             }

      """;

  @Test
  void matchesEachRowToItsTruthAndMeasuresTheErrors() {
    LineReport report = LineReport.parse(CORRECTED);
    TruthTable table =
        TruthTable.of(
            "t", TRUTH, report.method("KnownCosts.lines(long)"), report.timerUnitSeconds());
    TruthTable.Row cheap = table.rows().get(0);
    TruthTable.Row dear = table.rows().get(1);
    assertEquals(1.0, cheap.trueShare(), 1e-9);
    assertEquals(0.0, cheap.reportedNanos());
    assertTrue(cheap.nearZero());
    assertTrue(cheap.nanosWithin(0.30, 3), "~0 is within 3 ns of 2 ns");
    assertEquals(202.0, dear.reportedNanos(), 1e-9);
    assertTrue(dear.nanosWithin(0.30, 3));
    assertFalse(dear.nanosWithin(0.01, 3), "202 is not within 1 % or 3 ns of 198");
    assertEquals(1.0, table.maxShareError(), 1e-9);
    assertTrue(table.render().contains("~0"), table.render());
  }

  @Test
  void refusesARowWhoseSourceCallsAnotherStepCount() {
    LineReport report = LineReport.parse(CORRECTED.replace("spin(x, 152)", "spin(x, 150)"));
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                TruthTable.of(
                    "t",
                    TRUTH,
                    report.method("KnownCosts.lines(long)"),
                    report.timerUnitSeconds()));
    assertTrue(error.getMessage().contains("does not call spin(x, 152)"), error.getMessage());
  }
}
