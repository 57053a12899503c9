package org.jkernprof.agent.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jkernprof.agent.callcost.CallCostCalibration;
import org.jkernprof.agent.output.TakenResults;
import org.jkernprof.results.CallProbeCost;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.ProfReader;
import org.jkernprof.results.RunInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When function-level results measure the probe cost: the first time they are taken and once more
 * at the run's end, only if the program recorded a call; the calibration's own calls never show.
 */
class CallResultsTakerTest {
  private static final RunInfo RUN = new RunInfo("Main", "17", 0, 1);

  @TempDir Path dir;

  private final AtomicInteger measured = new AtomicInteger();
  private Object[] snapshot = snapshot(1);

  private final CallResultsTaker taker =
      new CallResultsTaker(
          () -> snapshot,
          () -> Optional.of(new CallProbeCost(20, 30 + measured.incrementAndGet(), 1)));

  @Test
  void measuresAtTheFirstTakeAndAgainAtTheRunsEndOnly() throws IOException {
    assertEquals(31, outsideCost(taker.take(RUN, false)));
    assertEquals(31, outsideCost(taker.take(RUN, false)), "a periodic write reuses it");
    assertEquals(32, outsideCost(taker.take(RUN, true)), "the run's end measures again");
    assertEquals(32, outsideCost(taker.take(RUN, true)), "and keeps it for any later take");
    assertEquals(2, measured.get());
  }

  @Test
  void measuresNothingWhileNothingWasRecorded() throws IOException {
    snapshot = snapshot(0);
    assertEquals(List.of(), written(taker.take(RUN, true)).probeCosts().measured());
    assertEquals(0, measured.get());
  }

  @Test
  void leavesTheCalibrationsMethodsOut() throws IOException {
    FunctionResults results = written(taker.take(RUN, true));
    assertEquals(1, results.functions().size());
    assertEquals("a.Main", results.functions().get(0).className());
    assertEquals(1, results.edges().size());
    assertEquals(1, results.paths().size(), "the calibration's paths are left out");
    assertEquals(0, results.paths().get(0).method(0));
    assertEquals(1, results.paths().get(0).calls());
  }

  private double outsideCost(TakenResults taken) throws IOException {
    return written(taken).probeCosts().measured().get(0).outsideNanos();
  }

  private FunctionResults written(TakenResults taken) throws IOException {
    Path file = dir.resolve("r.prof");
    taken.writeTo(file);
    FunctionResults results = ProfReader.read(file);
    Files.delete(file);
    return results;
  }

  /**
   * A recorder snapshot: the program's {@code a.Main.main} called {@code calls} times, and the
   * calibration's parent and child, which called each other, as {@code CallRecorder} lays it out.
   */
  private static Object[] snapshot(long calls) {
    String calibration = CallCostCalibration.TARGET_CLASS;
    return new Object[] {
      new String[][] {
        {"a.Main", "main", "()V", "Main.java"},
        {calibration, "profiledParent", "(IJ)J", "CalibrationCalls.java"},
        {calibration, "profiledChild", "(J)J", "CalibrationCalls.java"}
      },
      new int[] {3, 12, 20},
      new long[] {
        calls, calls, 5 * calls, 5 * calls, 100, 100, 9_000, 20_000, 10_000, 10_000, 9_000, 9_000
      },
      new int[] {-1, -1, 1},
      new int[] {0, 1, 2},
      new long[] {
        calls, calls, 5 * calls, 5 * calls, 100, 100, 9_000, 20_000, 10_000, 10_000, 9_000, 9_000
      },
      null,
      new long[] {0, 0, 10_000, 10_000, 0, 0},
      new long[] {0, 0, 10_000, 10_000, 0, 0},
      new long[3],
      // The tree: main at the root; the calibration's parent, and its child under it.
      new int[] {-1, -1, 1},
      new int[] {0, 1, 2},
      new long[] {calls, 5 * calls, 0, 100, 9_000, 10_000, 10_000, 9_000, 0}
    };
  }
}
