package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkernprof.e2e.targets.SleepsWhileDisabled;
import org.jkernprof.results.LineStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * With the sampled timer, samples taken while recording is off ({@code JKernprof.disable()}) are
 * dropped, as the clock timer measures nothing then: a line that sleeps 300 ms off and 300 ms on
 * gets one hit and about 300 ms, not 600. Isolated, so that other tests' JVMs do not make the
 * sampler's ticks late while the target sleeps.
 */
@Isolated
class SampledSwitchTest extends ValidationTestBase {
  private static final long MS = 1_000_000L;

  SampledSwitchTest() {
    super(SleepsWhileDisabled.class);
  }

  @Override
  protected List<String> agentOptions() {
    return List.of("timer=sampled");
  }

  @Test
  void aLineGetsOnlyTheTimeItRanWhileRecording() {
    LineStats sleep = recorded().line("sleepFor", lineOf("line:sleep"));
    assertTrue(
        sleep.nanos() >= 200 * MS && sleep.nanos() <= 450 * MS,
        "300 ms recorded, 300 ms not: the line took " + sleep.nanos() / MS + " ms");
  }
}
