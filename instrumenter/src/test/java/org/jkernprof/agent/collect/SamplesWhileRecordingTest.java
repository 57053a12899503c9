package org.jkernprof.agent.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jkernprof.agent.sampling.StackSample;
import org.junit.jupiter.api.Test;

class SamplesWhileRecordingTest {
  private static StackSample at(long epochNanos) {
    return new StackSample("main", 1, 1, List.of(), epochNanos);
  }

  private static List<Long> times(List<StackSample> samples) {
    List<Long> times = new ArrayList<>();
    for (StackSample s : samples) {
      times.add(s.epochNanos());
    }
    return times;
  }

  @Test
  void withoutSwitchesEverySampleIsKept() {
    assertEquals(
        List.of(1L, 2L), times(SamplesSoFar.whileRecording(List.of(at(1), at(2)), new long[0])));
  }

  @Test
  void samplesFromOffToOnAreDropped() {
    List<StackSample> all = List.of(at(5), at(10), at(15), at(20), at(25));

    assertEquals(
        List.of(5L, 20L, 25L), times(SamplesSoFar.whileRecording(all, new long[] {10, 20})));
  }

  @Test
  void anOddNumberOfSwitchesMeansOffUntilTheEnd() {
    List<StackSample> all = List.of(at(5), at(10), at(15), at(30), at(40));

    assertEquals(
        List.of(15L, 30L), times(SamplesSoFar.whileRecording(all, new long[] {0, 12, 35})));
  }

  @Test
  void samplesOfUnknownTimeAreKept() {
    List<StackSample> all = List.of(at(StackSample.UNKNOWN_TIME), at(15));

    assertEquals(
        List.of(StackSample.UNKNOWN_TIME),
        times(SamplesSoFar.whileRecording(all, new long[] {10})));
  }
}
