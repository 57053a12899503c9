package org.jkernprof.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * A line's own time is read off the measured curve of what lines of known work were charged per
 * probe: exactly at its points, linearly between them, one for one beyond them; the slope there
 * scales the uncertainty; points that noise left out of order are skipped.
 */
class ProbeCalibrationTest {
  /** Lines of 1, 6 and 40 ns charged 29, 31 and 60 ns per probe. */
  private static final ProbeCalibration CURVE =
      new ProbeCalibration(new double[] {1, 6, 40}, new double[] {29, 31, 60}, 0.5, 4, 1, 150);

  @Test
  void aLineChargedWhatALineOfKnownWorkWasIsThatWork() {
    assertEquals(1.0, CURVE.ownWork(29), 1e-9);
    assertEquals(6.0, CURVE.ownWork(31), 1e-9);
    assertEquals(40.0, CURVE.ownWork(60), 1e-9);
  }

  @Test
  void betweenTwoPointsTheOwnTimeIsInterpolated() {
    assertEquals(3.5, CURVE.ownWork(30), 1e-9);
    assertEquals(23.0, CURVE.ownWork(45.5), 1e-9);
  }

  @Test
  void beyondTheCurveEveryNanosecondChargedIsTheLines() {
    assertEquals(140.0, CURVE.ownWork(160), 1e-9);
    assertEquals(0.0, CURVE.ownWork(20), 1e-9);
    assertEquals(0.5, CURVE.ownWork(28.5), 1e-9);
  }

  @Test
  void theEstimateSubtractsTheProbesAndEntriesAndScalesItsNoiseByTheSlope() {
    // 1000 probes charged 30 ns each beyond 10 entries of 4 ns: 3.5 ns of own work per probe.
    ProbeTime time = CURVE.timeOf(1000, 10, 30_040);
    assertEquals(30_040 - 3_500, time.nanos());
    // Slope 2.5 ns of work per ns charged there, spread 0.5 ns, and 10 entries of spread 1.
    assertEquals(Math.round(1000 * 0.5 * 2.5 + 10), time.noiseNanos());
  }

  @Test
  void pointsOutOfOrderAreSkipped() {
    ProbeCalibration noisy =
        new ProbeCalibration(new double[] {1, 6, 40}, new double[] {29, 28.5, 60}, 0.5, 0, 0, 0);
    // Without the middle point: from (29, 1) to (60, 40).
    assertEquals(1 + 39.0 * 15.5 / 31, noisy.ownWork(44.5), 1e-9);
  }

  @Test
  void refusesACurveWithoutPointsOrWithNegativeFigures() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ProbeCalibration(new double[0], new double[0], 0, 0, 0, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ProbeCalibration(new double[] {1}, new double[] {-2}, 0, 0, 0, 0));
  }
}
