package org.jkernprof.agent.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.jkernprof.agent.instr.DirectRuntime;
import org.jkernprof.agent.rt.LineRecorder;
import org.jkernprof.results.ProbeCalibration;
import org.junit.jupiter.api.Test;

/**
 * The calibration runs its code through the real instrumenter and runtime, on a thread of its own,
 * and measures a curve: lines of more work truly cost more and are charged more, each charged at
 * least its work, the probes' share is positive, and the interpreted probe costs more than the
 * compiled one. Its methods are registered under one class, which collectors leave out.
 */
class ProbeCalibratorTest {
  @Test
  void measuresWhatLinesOfKnownWorkAreChargedPerProbe() {
    MeasuredCost measured =
        new ProbeCalibrator(new DirectRuntime(), LineRecorder::currentThreadCounts).measure();
    ProbeCalibration cost = measured.cost();
    double[] work = cost.work();
    double[] charged = cost.charged();

    assertEquals(4, work.length, Arrays.toString(work));
    for (int i = 1; i < work.length; i++) {
      assertTrue(work[i - 1] < work[i], "work rises: " + Arrays.toString(work));
    }
    // The cheapest line's charge is mostly the probe's: always above its work. The work and the
    // charges are timed milliseconds apart on a shared machine whose speed changes, so
    // for the costlier lines only the order of magnitude is certain (seen: 97.3 ns charged 84.0).
    assertTrue(charged[0] > work[0], "the cheapest line is charged its work and a probe: " + cost);
    for (int i = 0; i < work.length; i++) {
      assertTrue(charged[i] > work[i] / 2, "each line is charged about its work: " + cost);
    }
    assertTrue(cost.cheapLineEventNanos() > 0 && cost.busyLineEventNanos() > 0, cost.toString());
    assertTrue(cost.interpretedEventNanos() > cost.busyLineEventNanos(), cost.toString());
    // Eight, eight, eight and four lines per call, thousands of calls per round, a dozen rounds.
    assertTrue(measured.probeEvents() > 100_000, "its own probes: " + measured.probeEvents());
    assertTrue(measured.frameEntries() > 10_000, "its own entries: " + measured.frameEntries());
  }

  @Test
  void registersItsMethodsUnderTheClassCollectorsLeaveOut() {
    new ProbeCalibrator(new DirectRuntime(), LineRecorder::currentThreadCounts).measure();
    String[][] methods = (String[][]) LineRecorder.snapshot()[0];
    assertTrue(
        Arrays.stream(methods).anyMatch(m -> m[0].equals(ProbeCalibrator.CLASS_NAME)),
        "the calibration's methods are registered as " + ProbeCalibrator.CLASS_NAME);
  }
}
