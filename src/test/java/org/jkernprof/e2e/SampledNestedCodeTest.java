package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jkernprof.e2e.targets.SleepsInNestedCode;
import org.jkernprof.results.LineStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * With the sampled timer, code nested in a profiled method (a lambda, an anonymous class) gets the
 * samples of its own lines in that method's table, as the clock timer times them, even when the
 * enclosing method has returned and is no longer on the stack. Isolated, so that other tests' JVMs
 * do not make the sampler's ticks late while the target sleeps.
 */
@Isolated
class SampledNestedCodeTest extends ValidationTestBase {
  private static final long MS = 1_000_000L;

  SampledNestedCodeTest() {
    super(SleepsInNestedCode.class);
  }

  @Override
  protected List<String> agentOptions() {
    return List.of("timer=sampled");
  }

  @Test
  void aLambdaRunAfterItsMethodReturnedGetsItsLinesSamples() {
    LineStats sleep = recorded().line("makeSleepers", lineOf("line:lambdaSleep"));
    assertTrue(sleep.samples() > 0, "no samples: " + sleep);
    assertTrue(
        sleep.nanos() >= 200 * MS && sleep.nanos() <= 600 * MS,
        "the lambda's 300 ms sleep took " + sleep.nanos() / MS + " ms");
  }

  @Test
  void anAnonymousClassRunAfterItsMethodReturnedGetsItsLinesSamples() {
    LineStats sleep = recorded().line("makeSleepers", lineOf("line:anonymousSleep"));
    assertTrue(sleep.samples() > 0, "no samples: " + sleep);
    assertTrue(
        sleep.nanos() >= 200 * MS && sleep.nanos() <= 600 * MS,
        "the anonymous class's 300 ms sleep took " + sleep.nanos() / MS + " ms");
  }
}
