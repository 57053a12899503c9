package org.jkernprof.agent.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamplePeriodTest {
  private static final long MS = 1_000_000;

  private static StackSample sample(long threadId, long weight) {
    return new StackSample("t" + threadId, threadId, weight, List.of());
  }

  private static List<StackSample> thread(long threadId, long samples) {
    List<StackSample> all = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      all.add(sample(threadId, 1));
    }
    return all;
  }

  @Test
  void aThreadSampledAtEveryTickKeepsTheInterval() {
    assertEquals(MS, SamplePeriod.measured(MS, 1000 * MS, thread(1, 1000)));
  }

  @Test
  void lateTicksMakeEachSampleStandForMoreThanTheInterval() {
    List<StackSample> samples = thread(1, 800);
    samples.addAll(thread(2, 300));

    assertEquals(1_250_000, SamplePeriod.measured(MS, 1000 * MS, samples));
  }

  @Test
  void batchedSamplesOfAnIdleThreadCountWithTheirWeight() {
    List<StackSample> samples = thread(1, 500);
    samples.add(sample(7, 900));

    assertEquals(1_111_111, SamplePeriod.measured(MS, 1000 * MS, samples));
  }

  @Test
  void samplesOfThreadsThatAreNotJavaThreadsAreNotOneThread() {
    List<StackSample> samples = thread(1, 800);
    samples.addAll(thread(-1, 5000));

    assertEquals(1_250_000, SamplePeriod.measured(MS, 1000 * MS, samples));
  }

  @Test
  void withinOnePercentOfTheIntervalTheIntervalIsKept() {
    assertEquals(MS, SamplePeriod.measured(MS, 1000 * MS, thread(1, 995)));
  }

  @Test
  void withoutSamplesTheIntervalIsKept() {
    assertEquals(MS, SamplePeriod.measured(MS, 1000 * MS, List.of()));
    assertEquals(MS, SamplePeriod.measured(MS, 0, thread(1, 10)));
  }
}
