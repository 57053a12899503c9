package org.jkernprof.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.jkernprof.results.LineResultsDiff.LineChange;
import org.jkernprof.results.LineResultsDiff.MethodChange;
import org.junit.jupiter.api.Test;

class LineResultsDiffTest {
  private static final RunInfo RUN = new RunInfo("app.jar", "17.0.15+6", 1_764_000_000_000L, 9L);

  private static MethodProfile method(String name, long nanos, LineStats... lines) {
    return new MethodProfile("a.App", name, "()V", "App.java", nanos, List.of(lines));
  }

  private static LineResults results(MethodProfile... methods) {
    return new LineResults(RUN, List.of(methods));
  }

  @Test
  void methodsWhoseHitsChangedComeFirstLargestChangeFirstThenByTimeChange() {
    LineResults base =
        results(
            method("small", 10, new LineStats(1, 5, 10)),
            method("slower", 100, new LineStats(5, 1, 100)),
            method("large", 10, new LineStats(9, 10, 5), new LineStats(10, 10, 5)),
            method("steady", 50, new LineStats(20, 1, 50)));
    LineResults changed =
        results(
            method("small", 10, new LineStats(1, 6, 10)),
            method("slower", 900, new LineStats(5, 1, 900)),
            method("large", 10, new LineStats(9, 20, 5), new LineStats(10, 30, 5)),
            method("steady", 55, new LineStats(20, 1, 55)));
    List<MethodChange> methods = LineResultsDiff.of(base, changed).methods();
    assertEquals(
        List.of("large", "small", "slower", "steady"),
        methods.stream().map(m -> m.method().methodName()).collect(Collectors.toList()));
    assertEquals(30, methods.get(0).hitsChange(), 0);
    assertTrue(methods.get(1).hitsChanged());
    assertFalse(methods.get(2).hitsChanged());
    assertEquals(800, methods.get(2).nanosChange(), 0);
  }

  @Test
  void aMethodOnlyOneRunHasIsNewOrVanishedAndCountsAsChanged() {
    LineResults base = results(method("gone", 1, new LineStats(1, 1, 1)));
    LineResults changed = results(method("added", 1, new LineStats(3, 2, 1)));
    List<MethodChange> methods = LineResultsDiff.of(base, changed).methods();
    MethodChange added = methods.stream().filter(MethodChange::isNew).findFirst().orElseThrow();
    MethodChange gone = methods.stream().filter(MethodChange::vanished).findFirst().orElseThrow();
    assertEquals("added", added.method().methodName());
    assertEquals("gone", gone.method().methodName());
    assertTrue(added.hitsChanged());
    assertTrue(gone.hitsChanged());
    assertEquals(2, added.hitsChange(), 0);
    assertEquals(List.of(java.util.Optional.empty()), added.beforeRuns());
  }

  @Test
  void linesAreTheUnionOfBothRunsInLineOrder() {
    LineResults base = results(method("m", 1, new LineStats(4, 1, 1), new LineStats(2, 3, 1)));
    LineResults changed = results(method("m", 1, new LineStats(2, 3, 1), new LineStats(7, 1, 1)));
    MethodChange m = LineResultsDiff.of(base, changed).methods().get(0);
    assertEquals(
        List.of(2, 4, 7), m.lines().stream().map(LineChange::line).collect(Collectors.toList()));
    LineChange onlyBefore = m.lines().get(1);
    assertFalse(onlyBefore.inAfter());
    assertEquals(1, onlyBefore.hitsBefore(), 0);
    assertEquals(0, onlyBefore.hitsAfter(), 0);
    assertFalse(m.lines().get(0).hitsChanged());
    assertEquals(2, m.hitsChange(), 0);
  }

  @Test
  void figuresArePerRunSoThatSidesOfDifferentRunCountsCompare() {
    LineResults once = results(method("m", 10, new LineStats(1, 4, 10)));
    LineResults changedOnce = results(method("m", 10, new LineStats(1, 5, 10)));
    LineResultsDiff diff = LineResultsDiff.of(List.of(once, once, once), List.of(changedOnce));
    LineChange line = diff.methods().get(0).lines().get(0);
    assertEquals(4, line.hitsBefore(), 0);
    assertEquals(5, line.hitsAfter(), 0);
    assertEquals(3, line.beforeRuns().size());
    assertEquals(1, diff.methods().get(0).hitsChange(), 0);
    LineResultsDiff same = LineResultsDiff.of(List.of(once, once), List.of(once));
    assertFalse(same.methods().get(0).hitsChanged());
  }

  @Test
  void realignedLinesPairWhereTheBaseLinesWentAndKeepTheRestApart() {
    // Two lines inserted above the loop: base lines 10 and 11 are lines 12 and 13 now; base line
    // 12 went nowhere (its text changed), new line 14 is new.
    LineResults base =
        results(
            method(
                "m", 1, new LineStats(10, 5, 1), new LineStats(11, 4, 1), new LineStats(12, 1, 1)));
    LineResults changed =
        results(
            method(
                "m", 1, new LineStats(12, 5, 1), new LineStats(13, 4, 1), new LineStats(14, 1, 1)));
    MethodChange byNumber = LineResultsDiff.of(base, changed).methods().get(0);
    assertTrue(byNumber.hitsChanged());
    MethodChange realigned = byNumber.realigned(java.util.Map.of(10, 12, 11, 13));
    List<LineChange> lines = realigned.lines();
    assertEquals(
        List.of("12<-10", "13<-11", "14<-0", "0<-12"),
        lines.stream().map(l -> l.line() + "<-" + l.baseLine()).collect(Collectors.toList()));
    assertFalse(lines.get(0).hitsChanged());
    assertFalse(lines.get(1).hitsChanged());
    assertEquals(2, realigned.hitsChange(), 0);
  }
}
