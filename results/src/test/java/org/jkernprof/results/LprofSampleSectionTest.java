package org.jkernprof.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Results of the sampled timer in the 1.3 format: the runs' sampling and every line's samples are
 * kept exactly, beside memory figures; such results merge with each other but never with results
 * timed by the clock; a damaged section is refused.
 */
class LprofSampleSectionTest {
  private static final Path FILE = Path.of("s.lprof");
  private static final long MILLISECOND = 1_000_000;

  /** The format test's sample as the sampled timer would record it: nanos = samples × 1 ms. */
  static LineResults sampled(long sampleScale) {
    LineResults base = LprofFormatTest.sample();
    List<MethodProfile> methods = new ArrayList<>();
    long samples = 0;
    for (MethodProfile m : base.methods()) {
      List<LineStats> lines = new ArrayList<>();
      for (LineStats l : m.lines()) {
        long count = (l.line() % 7) * sampleScale;
        samples += count;
        lines.add(new LineStats(l.line(), l.hits(), count * MILLISECOND).withSamples(count));
      }
      methods.add(
          new MethodProfile(
              m.className(),
              m.methodName(),
              m.descriptor(),
              m.sourceFile(),
              m.totalNanos(),
              lines));
    }
    return new LineResults(base.run(), methods)
        .withSamplings(List.of(new Sampling(MILLISECOND, samples + 5)));
  }

  @Test
  void readsBackTheSamplingAndEveryLinesSamples() throws ResultsFormatException {
    LineResults written = sampled(3);
    LineResults read = LprofReader.parse(FILE, LprofWriter.toBytes(written));
    assertEquals(written, read);
    assertTrue(read.isSampled());
    assertEquals(written.samplings(), read.samplings());
    for (MethodProfile m : read.methods()) {
      for (LineStats l : m.lines()) {
        assertEquals(l.samples() * MILLISECOND, l.nanos(), m.key() + " line " + l.line());
      }
    }
  }

  @Test
  void resultsOfTheClockTimerAreNotSampled() throws ResultsFormatException {
    LineResults read = LprofReader.parse(FILE, LprofWriter.toBytes(LprofFormatTest.sample()));
    assertFalse(read.isSampled());
    assertEquals(List.of(), read.samplings());
  }

  @Test
  void keepsMemoryFiguresBesideSamples() throws ResultsFormatException {
    LineResults sampled = sampled(2);
    List<MethodProfile> methods = new ArrayList<>();
    for (MethodProfile m : sampled.methods()) {
      List<LineStats> lines = new ArrayList<>();
      for (LineStats l : m.lines()) {
        lines.add(l.withMemory(4096, 1 << 20));
      }
      methods.add(m.withMemory(8192, lines));
    }
    LineResults both =
        new LineResults(sampled.run(), methods, List.of(), true).withSamplings(sampled.samplings());
    LineResults read = LprofReader.parse(FILE, LprofWriter.toBytes(both));
    assertEquals(both, read);
    assertEquals(4096, read.methods().get(0).lines().get(0).allocatedBytes());
  }

  @Test
  void sampledResultsMergeLineByLineAndKeepEachRunsSampling() {
    LineResults a = sampled(1);
    LineResults b = sampled(4);
    LineResults merged = LineResults.merge(List.of(a, b));
    assertTrue(merged.isSampled());
    assertEquals(List.of(a.samplings().get(0), b.samplings().get(0)), merged.samplings());
    LineStats first = merged.methods().get(0).lines().get(0);
    LineStats inA = a.methods().get(0).lines().get(0);
    assertEquals(5 * inA.samples(), first.samples());
    assertEquals(2 * inA.hits(), first.hits());
  }

  @Test
  void resultsOfTheTwoTimersAreNeverMerged() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LineResults.merge(List.of(LprofFormatTest.sample(), sampled(1))));
    assertEquals(
        "cannot merge results timed by the clock with results timed by samples", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> LineResults.merge(List.of(sampled(1), LprofFormatTest.sample())));
  }

  @Test
  void sampledResultsCarryNoProbeCostOfTheClock() {
    LineResults probes = LprofProbeSectionTest.withProbes(LprofProbeSectionTest.CALIBRATION);
    assertThrows(
        IllegalArgumentException.class,
        () -> probes.withSamplings(List.of(new Sampling(MILLISECOND, 10))));
  }

  @Test
  void aSampleSectionThatDoesNotMatchTheLinesIsRefused() {
    byte[] bytes = LprofWriter.toBytes(sampled(1));
    // Every prefix of the file is refused with a message, never an exception of another kind.
    for (int cut = bytes.length - 1; cut > 0; cut -= 7) {
      byte[] shorter = Arrays.copyOf(bytes, cut);
      assertThrows(ResultsFormatException.class, () -> LprofReader.parse(FILE, shorter));
    }
  }

  @Test
  void aSamplingIntervalMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new Sampling(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new Sampling(1, -1));
    assertThrows(IllegalArgumentException.class, () -> new LineStats(3, 1, 1).withSamples(-1));
  }
}
