package org.jkernprof.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clock timer's calling-context tree in {@code .prof} 1.4: every path with its calls, own time
 * and child calls is kept exactly, charged its probes' share as a method is, merged by path across
 * results whatever their methods' order; files of 1.3 and before read with no paths, and a damaged
 * section is refused.
 */
class ProfPathSectionTest {
  private static final Path FILE = Path.of("p.prof");

  /** 20 ns of each call's probes land in its own time, 30 ns in its caller's. */
  private static final CallProbeCost COST = new CallProbeCost(20, 30, 1.5);

  /**
   * main (0) calls a (1) and b (2), each of which calls c (3): once under a (30 ms), twice under b
   * (10 ms); one more frame went to the other path.
   */
  static FunctionResults clock(CallProbeCost cost) {
    List<FunctionStats> functions =
        List.of(
            stats("main", 1, 1_000, 42_000_000).withNesting(ProbeShare.counted(2, 6)),
            stats("a", 1, 1_000, 31_000_000).withNesting(ProbeShare.counted(1, 1)),
            stats("b", 1, 1_000, 11_000_000).withNesting(ProbeShare.counted(2, 2)),
            stats("c", 3, 40_000_000, 40_000_000).withNesting(ProbeShare.counted(1, 1)));
    List<CallEdge> edges =
        List.of(
            new CallEdge(CallEdge.UNPROFILED, 0, 1, 1, 1_000, 42_000_000),
            new CallEdge(0, 1, 1, 1, 1_000, 31_000_000),
            new CallEdge(0, 2, 1, 1, 1_000, 11_000_000),
            new CallEdge(1, 3, 1, 1, 30_000_000, 30_000_000),
            new CallEdge(2, 3, 2, 2, 10_000_000, 10_000_000));
    FunctionResults results =
        cost == null
            ? new FunctionResults(run(), functions, edges)
            : FunctionResults.measured(run(), functions, edges, false, cost);
    return results.withPaths(
        List.of(
            new CallPath(new int[] {0}, 1, 1_000, 2),
            new CallPath(new int[] {0, 1}, 1, 1_000, 1),
            new CallPath(new int[] {0, 1, 3}, 1, 30_000_000, 0),
            new CallPath(new int[] {0, 2}, 1, 1_000, 2),
            new CallPath(new int[] {0, 2, 3}, 2, 10_000_000, 0),
            CallPath.other(1, 500, 0)));
  }

  private static RunInfo run() {
    return new RunInfo("a.Main", "17", 1_000, 50_000_000);
  }

  private static FunctionStats stats(String name, long calls, long own, long cumulative) {
    return new FunctionStats("a.Main", name, "()V", "Main.java", 3, calls, calls, own, cumulative);
  }

  @Test
  void readsBackEveryPathExactly() throws ResultsFormatException {
    FunctionResults written = clock(COST);
    FunctionResults read = ProfReader.parse(FILE, ProfWriter.toBytes(written));
    assertEquals(written, read);
    assertFalse(read.isSampled(), "the clock's results stay unsampled");
    assertEquals(6, read.paths().size());
    CallPath underB = read.paths().get(4);
    assertEquals("[0, 2, 3]", pathOf(underB));
    assertEquals(2, underB.calls());
    assertEquals(10_000_000, underB.ownNanos());
    assertTrue(read.paths().get(5).isOther());
  }

  @Test
  void takesEachPathsProbeShareAsForAMethod() {
    List<CallPath> less = clock(COST).lessProbeCost().paths();
    // main: its own call's inside cost (20) and the outside cost of the two calls it made (60).
    assertEquals(1_000 - 20 - 60, less.get(0).ownNanos());
    assertEquals(10_000_000 - 2 * 20, less.get(4).ownNanos());
    assertEquals(500 - 20, less.get(5).ownNanos());
    assertEquals(
        clock(null).paths(), clock(null).lessProbeCost().paths(), "unmeasured: as measured");
  }

  @Test
  void mergesPathsByTheirMethodsWhateverTheFunctionsOrder() {
    FunctionResults one = clock(COST);
    List<FunctionStats> reversed = Arrays.asList(one.functions().toArray(new FunctionStats[0]));
    Collections.reverse(reversed);
    FunctionResults other =
        FunctionResults.measured(run(), reversed, List.of(), false, COST)
            .withPaths(
                List.of(
                    new CallPath(new int[] {3, 0, 3}, 5, 7_000, 0),
                    new CallPath(new int[] {3, 1, 0}, 4, 8_000_000, 0),
                    CallPath.other(2, 1_000, 1)));
    FunctionResults merged = FunctionResults.merge(List.of(one, other));
    assertEquals(7, merged.paths().size(), "one new path, the rest summed");
    CallPath underB = merged.paths().get(4);
    assertEquals("[0, 2, 3]", pathOf(underB));
    assertEquals(6, underB.calls());
    assertEquals(18_000_000, underB.ownNanos());
    assertEquals(3, merged.paths().get(5).calls(), "the other paths summed");
    assertEquals("[0, 3, 0]", pathOf(merged.paths().get(6)));
    assertEquals(
        one.lessProbeCost().paths().get(5).ownNanos() + 1_000 - 40 - 30,
        merged.lessProbeCost().paths().get(5).ownNanos(),
        "each run's paths lose their own run's share");
  }

  @Test
  void aFileOfFormat13ReadsWithoutPaths() throws IOException {
    FunctionResults old;
    try (InputStream in = getClass().getResourceAsStream("/results/clock-format-1.3.prof")) {
      old = ProfReader.parse(Path.of("clock.prof"), in.readAllBytes());
    }
    assertEquals(4, old.functions().size());
    assertEquals("c", old.functions().get(3).methodName());
    assertEquals(3, old.functions().get(3).calls());
    assertEquals(List.of(), old.paths());
    assertFalse(old.isSampled());
  }

  @Test
  void rejectsEveryTruncation() {
    byte[] bytes = ProfWriter.toBytes(clock(COST));
    for (int length = 0; length < bytes.length; length++) {
      byte[] cut = Arrays.copyOf(bytes, length);
      assertThrows(ResultsFormatException.class, () -> ProfReader.parse(FILE, cut));
    }
  }

  @Test
  void refusesAPathThroughAMethodThatIsNot() {
    assertThrows(
        IllegalArgumentException.class,
        () -> clock(null).withPaths(List.of(new CallPath(new int[] {0, 4}, 1, 1, 0))));
    assertThrows(
        IllegalArgumentException.class, () -> new CallPath(new int[] {0, CallPath.OTHER}, 1, 1, 0));
  }

  @Test
  void sampledResultsKeepNoPaths() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ProfStackSectionTest.sampled().withPaths(List.of(CallPath.other(1, 1, 0))));
  }

  private static String pathOf(CallPath path) {
    int[] methods = new int[path.depth()];
    for (int i = 0; i < methods.length; i++) {
      methods[i] = path.method(i);
    }
    return Arrays.toString(methods);
  }
}
