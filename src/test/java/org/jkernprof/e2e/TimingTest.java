package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jkernprof.e2e.targets.Timing;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Coarse sanity bounds on line times. Isolated from the other test classes so that their JVMs do
 * not compete for the two cores while the target sleeps.
 */
@Isolated
class TimingTest extends ValidationTestBase {
  private static final long MS = 1_000_000L;

  TimingTest() {
    super(Timing.class);
  }

  @Test
  void aLineThatSleeps20msTakesAtLeast20msAndWellUnder40ms() {
    LineStats sleep = recorded().line("sleepOnce", lineOf("line:sleepOnce"));
    assertTrue(sleep.nanos() >= 20 * MS, "sleep line took only " + sleep.nanos() + " ns");
    assertTrue(sleep.nanos() < 40 * MS, "sleep line took " + sleep.nanos() + " ns");
  }

  @Test
  void aLineLeftByAThrowKeepsItsTimeAndSoDoesItsMethod() {
    MethodProfile method = recorded().profile("sleepThenThrow");
    LineStats line = recorded().line("sleepThenThrow", lineOf("line:sleepAndFail"));
    assertTrue(line.nanos() >= 20 * MS, "line left by a throw kept only " + line.nanos() + " ns");
    assertTrue(method.totalNanos() >= 20 * MS, "method total " + method.totalNanos() + " ns");
    assertTrue(
        method.totalNanos() >= line.nanos(),
        "method total " + method.totalNanos() + " ns < its line's " + line.nanos() + " ns");
  }

  @Test
  void aLambdaOnTheSameLineDoesNotCountItsTimeTwice() {
    LineStats line = recorded().line("sleepInLambda", lineOf("line:sleepInLambda"));
    assertTrue(line.nanos() >= 20 * MS, "line took only " + line.nanos() + " ns");
    assertTrue(line.nanos() < 40 * MS, "line took " + line.nanos() + " ns: counted twice?");
  }
}
