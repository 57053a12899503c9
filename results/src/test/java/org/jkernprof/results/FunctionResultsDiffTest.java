package org.jkernprof.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.jkernprof.results.FunctionResultsDiff.FunctionChange;
import org.junit.jupiter.api.Test;

class FunctionResultsDiffTest {
  private static final RunInfo RUN = new RunInfo("app.jar", "17.0.15+6", 1_764_000_000_000L, 9L);

  private static FunctionStats stats(String name, long calls, long cumulativeNanos) {
    return new FunctionStats(
        "a.App", name, "()V", "App.java", 1, calls, calls, cumulativeNanos, cumulativeNanos);
  }

  private static FunctionResults results(FunctionStats... functions) {
    return new FunctionResults(RUN, List.of(functions), List.of());
  }

  @Test
  void methodsWhoseCallsChangedComeFirstThenByTimeAndOnlyOneSidesAreNewOrVanished() {
    FunctionResults base =
        results(
            stats("same", 5, 100),
            stats("slower", 1, 10),
            stats("more", 2, 1),
            stats("gone", 1, 1));
    FunctionResults changed =
        results(
            stats("same", 5, 101),
            stats("slower", 1, 900),
            stats("more", 7, 1),
            stats("added", 1, 1));
    List<FunctionChange> all = FunctionResultsDiff.of(List.of(base), List.of(changed)).functions();
    assertEquals(
        List.of("more", "added", "gone", "slower", "same"),
        all.stream().map(f -> f.function().methodName()).collect(Collectors.toList()));
    assertEquals(5, all.get(0).callsChange(), 0);
    assertTrue(all.get(1).isNew());
    assertTrue(all.get(2).vanished());
    assertFalse(all.get(3).callsChanged());
  }

  @Test
  void callsArePerRun() {
    FunctionResults three = results(stats("m", 3, 30));
    FunctionResultsDiff diff =
        FunctionResultsDiff.of(List.of(three, three), List.of(results(stats("m", 3, 31))));
    assertFalse(diff.functions().get(0).callsChanged());
    assertEquals(3, diff.functions().get(0).callsBefore(), 0);
  }
}
