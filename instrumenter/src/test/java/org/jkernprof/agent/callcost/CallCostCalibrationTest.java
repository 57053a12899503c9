package org.jkernprof.agent.callcost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jkernprof.agent.instr.DirectCallRuntime;
import org.jkernprof.agent.rt.CallRecorder;
import org.jkernprof.agent.rt.CallSnapshot;
import org.jkernprof.agent.rt.RecordingSwitch;
import org.jkernprof.results.CallProbeCost;
import org.junit.jupiter.api.Test;

/**
 * The calibration on the real runtime classes (here in the test's own class loader): it instruments
 * its class through the real instrumenter, settles on a plausible cost quickly, and records its
 * calls as calls of the calibration class only.
 */
class CallCostCalibrationTest {
  private final List<String> warnings = new ArrayList<>();
  private final CallCostCalibration calibration =
      new CallCostCalibration(
          new DirectCallRuntime(), CallRecorder::currentThreadCounts, warnings::add);

  @Test
  void measuresAPlausibleCostThroughTheRealProbes() {
    Optional<CallProbeCost> cost = calibration.measure();
    assertEquals(List.of(), warnings);
    assertTrue(cost.isPresent());
    // A clock read costs 15 to 40 ns on common hardware; a call's probes read it twice.
    double perCall = cost.get().perCallNanos();
    assertTrue(perCall > 2 && perCall < 5_000, "per call: " + cost.get());
    assertTrue(cost.get().spreadNanos() < perCall, "spread: " + cost.get());
  }

  @Test
  void runsAgainOnTheClassItDefinedOnce() {
    assertTrue(calibration.measure().isPresent());
    long start = System.nanoTime();
    assertTrue(calibration.measure().isPresent());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 1_000, "a second measurement took " + millis + " ms");
    assertEquals(List.of(), warnings);
  }

  @Test
  void measuresEvenWhileTheProgramHasRecordingOff() {
    RecordingSwitch.setRecording(false);
    try {
      assertTrue(calibration.measure().isPresent());
    } finally {
      RecordingSwitch.setRecording(true);
    }
    assertEquals(List.of(), warnings);
  }

  @Test
  void itsCallsAreRecordedAsTheCalibrationClasssOnly() {
    calibration.measure();
    Object[] snapshot = CallRecorder.snapshot();
    String[][] methods = (String[][]) snapshot[CallSnapshot.METHODS];
    long[] counts = (long[]) snapshot[CallSnapshot.METHOD_COUNTS];
    boolean found = false;
    for (int id = 0; id < methods.length; id++) {
      if (methods[id][1].startsWith("profiled")) {
        assertTrue(CallCostCalibration.isCalibration(methods[id][0]), methods[id][0]);
        found |= counts[4 * id] > 0;
      }
      assertTrue(!methods[id][1].startsWith("bare"), "the bare twins stay unprofiled");
    }
    assertTrue(found);
    assertEquals(CalibrationCalls.class.getName(), CallCostCalibration.TARGET_CLASS);
  }
}
