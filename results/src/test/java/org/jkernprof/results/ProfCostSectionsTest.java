package org.jkernprof.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code .prof} 1.2: the calls each method made and the probe cost its run measured are kept
 * exactly, the probes' share comes out of own and cumulative time as the accounting says (never
 * below zero, per run before runs are summed), and files of 1.0 and 1.1 still read, as measured.
 */
class ProfCostSectionsTest {
  private static final Path FILE = Path.of("f.prof");
  private static final RunInfo RUN = new RunInfo("app.jar", "17.0.15+6", 1_764_000_000_000L, 9L);

  /** 20 ns of each call's probes land in its own time, 30 ns in its caller's. */
  private static final CallProbeCost COST = new CallProbeCost(20, 30, 1.5);

  /** A parent that called a cheap child 1000 times, measured with {@link #COST}. */
  static FunctionResults measuredSample() {
    return FunctionResults.measured(
        RUN,
        List.of(
            new FunctionStats("a.App", "parent", "()V", "App.java", 3, 10, 10, 100_000, 200_000)
                .withNesting(ProbeShare.counted(1000, 1000)),
            new FunctionStats("a.App", "child", "()V", "App.java", 9, 1000, 1000, 100_000, 100_000)
                .withNesting(ProbeShare.counted(0, 0))),
        List.of(
            new CallEdge(CallEdge.UNPROFILED, 0, 10, 10, 100_000, 200_000)
                .withNesting(ProbeShare.counted(1000, 1000)),
            new CallEdge(0, 1, 1000, 1000, 100_000, 100_000).withNesting(ProbeShare.counted(0, 0))),
        false,
        COST);
  }

  @Test
  void takesEachCallsInsideCostFromItsOwnTimeAndTheOutsideCostFromItsCallers() {
    FunctionResults less = measuredSample().lessProbeCost();
    FunctionStats parent = less.functions().get(0);
    // Own: 10 calls x 20 ns inside, 1000 child calls x 30 ns outside.
    assertEquals(100_000 - 10 * 20 - 1000 * 30, parent.totalNanos());
    // Cumulative: its own 10 x 20 ns, and all 50 ns of each of the 1000 calls inside it.
    assertEquals(200_000 - 10 * 20 - 1000 * 50, parent.cumulativeNanos());
    FunctionStats child = less.functions().get(1);
    assertEquals(100_000 - 1000 * 20, child.totalNanos());
    assertEquals(100_000 - 1000 * 20, child.cumulativeNanos());
    // The edges show the same figures, and the counts stay as they were.
    assertEquals(parent.totalNanos(), less.edges().get(0).totalNanos());
    assertEquals(child.cumulativeNanos(), less.edges().get(1).cumulativeNanos());
    assertEquals(10, parent.calls());
  }

  @Test
  void neverTakesATimeBelowZero() {
    FunctionResults tiny =
        FunctionResults.measured(
            RUN,
            List.of(
                new FunctionStats("a.App", "cheap", "()V", "App.java", 3, 1000, 1000, 5_000, 5_000)
                    .withNesting(ProbeShare.counted(0, 0))),
            List.of(),
            false,
            COST);
    FunctionStats cheap = tiny.lessProbeCost().functions().get(0);
    assertEquals(0, cheap.totalNanos());
    assertEquals(0, cheap.cumulativeNanos());
  }

  @Test
  void mergedRunsEachLoseTheirOwnCostBeforeTheyAreSummed() {
    FunctionStats first =
        new FunctionStats("a.App", "cheap", "()V", "App.java", 3, 100, 100, 1_000, 1_000)
            .withNesting(ProbeShare.counted(0, 0));
    FunctionStats second =
        new FunctionStats("a.App", "cheap", "()V", "App.java", 3, 100, 100, 50_000, 50_000)
            .withNesting(ProbeShare.counted(0, 0));
    FunctionResults merged =
        FunctionResults.merge(
            List.of(
                FunctionResults.measured(RUN, List.of(first), List.of(), false, COST),
                FunctionResults.measured(
                    RUN, List.of(second), List.of(), false, new CallProbeCost(40, 0, 0))));
    // The first run's 100 x 20 ns exceed its 1000 ns: it counts 0, not minus 1000.
    assertEquals(50_000 - 100 * 40, merged.lessProbeCost().functions().get(0).totalNanos());
    assertEquals(51_000, merged.functions().get(0).totalNanos(), "as measured");
    assertEquals(List.of(COST, new CallProbeCost(40, 0, 0)), merged.probeCosts().measured());
  }

  @Test
  void readsBackTheCallsAndTheCostExactly() throws ResultsFormatException {
    byte[] bytes = ProfWriter.toBytes(measuredSample());
    assertEquals(ProfFormat.MINOR_VERSION, ByteBuffer.wrap(bytes).getShort(10), "minor version");
    FunctionResults read = ProfReader.parse(FILE, bytes);
    assertEquals(measuredSample(), read);
    assertEquals(List.of(COST), read.probeCosts().measured());
    assertEquals(ProbeShare.counted(1000, 1000), read.functions().get(0).probes().uncharged());
    assertEquals(measuredSample().lessProbeCost(), read.lessProbeCost());
  }

  @Test
  void resultsThatMeasuredNoCostKeepTheirTimes() throws ResultsFormatException {
    FunctionResults unmeasured = new FunctionResults(RUN, measuredSample().functions(), List.of());
    FunctionResults read = ProfReader.parse(FILE, ProfWriter.toBytes(unmeasured));
    assertEquals(0, read.probeCosts().measured().size());
    assertEquals(1, read.probeCosts().unmeasuredRuns());
    assertEquals(
        read.functions().get(0).totalNanos(), read.lessProbeCost().functions().get(0).totalNanos());
  }

  @ParameterizedTest(name = "format {0}")
  @ValueSource(strings = {"1.0", "1.1"})
  void filesOfEarlierVersionsStillReadAndShowTimesAsMeasured(String version) throws IOException {
    FunctionResults old;
    try (InputStream in =
        getClass().getResourceAsStream("/results/demo-format-" + version + ".prof")) {
      old = ProfReader.parse(Path.of("demo.jar.prof"), in.readAllBytes());
    }
    assertEquals(3, old.functions().size());
    assertEquals(4, old.edges().size());
    assertEquals(version.equals("1.1"), old.hasMemory());
    assertEquals(List.of(), old.probeCosts().measured());
    FunctionStats fib = old.functions().get(2);
    assertEquals("fib", fib.methodName());
    assertEquals(177, fib.calls());
    assertEquals(35_400, fib.totalNanos());
    assertEquals(old.functions(), old.lessProbeCost().functions());
    assertEquals(old.edges(), old.lessProbeCost().edges());
  }

  @Test
  void rejectsACostWithoutTheCallsItAppliesTo() throws ResultsFormatException {
    byte[] bytes = ProfWriter.toBytes(measuredSample());
    // Turn the NEST tag into one no reader knows: the cost is left alone.
    int nest = indexOf(bytes, new byte[] {'N', 'E', 'S', 'T'});
    bytes[nest] = 'X';
    byte[] fixed = ResultsFileFuzzTest.withChecksum(bytes);
    ResultsFormatException e =
        assertThrows(ResultsFormatException.class, () -> ProfReader.parse(FILE, fixed));
    assertEquals(
        "f.prof: file is corrupt (a probe cost without the calls it applies to)", e.getMessage());
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (ByteBuffer.wrap(bytes, i, part.length).equals(ByteBuffer.wrap(part))) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }
}
