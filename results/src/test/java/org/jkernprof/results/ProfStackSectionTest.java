package org.jkernprof.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * Function-level results of the sampled timer in {@code .prof} 1.3: the runs' sampling and the
 * distinct stacks of profiled frames are kept exactly, beside memory figures; such results merge
 * with each other, summing equal stacks, but never with results timed by the clock; a damaged or
 * truncated section is refused.
 */
class ProfStackSectionTest {
  private static final Path FILE = Path.of("s.prof");
  private static final long MILLISECOND = 1_000_000;

  /**
   * main calls work, which calls leaf; 700 samples caught leaf, 250 work itself, 50 main itself; 20
   * more caught no profiled frame.
   */
  static FunctionResults sampled() {
    return new FunctionResults(
            new RunInfo("a.Main", "17", 1_000, 2_000_000_000L),
            List.of(
                stats("main", 5, 1, 50, 1000),
                stats("work", 12, 10, 250, 950),
                stats("leaf", 20, 1000, 700, 700)),
            List.of(
                new CallEdge(CallEdge.UNPROFILED, 0, 1000, 1000, ms(50), ms(1000)),
                new CallEdge(0, 1, 950, 950, ms(250), ms(950)),
                new CallEdge(1, 2, 700, 700, ms(700), ms(700))))
        .withSamples(
            List.of(new Sampling(MILLISECOND, 1020)),
            List.of(
                new SampledStack(new int[] {0}, new int[] {6}, 50, ms(50)),
                new SampledStack(new int[] {0, 1}, new int[] {7, 14}, 250, ms(250)),
                new SampledStack(new int[] {0, 1, 2}, new int[] {7, 15, 21}, 700, ms(700))));
  }

  private static FunctionStats stats(String name, int line, long calls, long own, long cum) {
    return new FunctionStats(
        "a.Main", name, "()V", "Main.java", line, calls, calls, ms(own), ms(cum));
  }

  private static long ms(long samples) {
    return samples * MILLISECOND;
  }

  @Test
  void readsBackTheSamplingAndEveryStack() throws ResultsFormatException {
    FunctionResults written = sampled();
    FunctionResults read = ProfReader.parse(FILE, ProfWriter.toBytes(written));
    assertEquals(written, read);
    assertTrue(read.isSampled());
    assertEquals(List.of(new Sampling(MILLISECOND, 1020)), read.samplings());
    SampledStack deepest = read.stacks().get(2);
    assertEquals(3, deepest.depth());
    assertEquals(2, deepest.innermost());
    assertEquals(15, deepest.line(1));
    assertEquals(700, deepest.samples());
    assertEquals(ms(700), deepest.nanos());
  }

  @Test
  void resultsOfTheClockTimerAreNotSampled() throws ResultsFormatException {
    FunctionResults read =
        ProfReader.parse(FILE, ProfWriter.toBytes(ProfMemorySectionTest.sample(false)));
    assertFalse(read.isSampled());
    assertEquals(List.of(), read.samplings());
    assertEquals(List.of(), read.stacks());
  }

  @Test
  void keepsMemoryFiguresBesideTheStacks() throws ResultsFormatException {
    FunctionResults plain = sampled();
    FunctionResults both =
        new FunctionResults(
                plain.run(),
                List.of(
                    plain.functions().get(0).withMemory(1, 3),
                    plain.functions().get(1).withMemory(2, 2),
                    plain.functions().get(2)),
                plain.edges(),
                true)
            .withSamples(plain.samplings(), plain.stacks());
    FunctionResults read = ProfReader.parse(FILE, ProfWriter.toBytes(both));
    assertEquals(both, read);
    assertEquals(3, read.functions().get(0).cumulativeBytes());
  }

  @Test
  void sampledResultsMergeSummingEqualStacksAndKeepEachRunsSampling() {
    FunctionResults merged = FunctionResults.merge(List.of(sampled(), sampled()));
    assertTrue(merged.isSampled());
    assertEquals(2, merged.samplings().size());
    assertEquals(3, merged.stacks().size());
    assertEquals(1400, merged.stacks().get(2).samples());
    assertEquals(ms(1400), merged.stacks().get(2).nanos());
    assertEquals(2000, merged.functions().get(2).calls());
  }

  @Test
  void mergingRenumbersTheStacksMethodsAsTheFunctions() {
    FunctionResults onlyLeaf =
        new FunctionResults(
                sampled().run(),
                List.of(sampled().functions().get(2)),
                List.of(new CallEdge(CallEdge.UNPROFILED, 0, 5, 5, ms(5), ms(5))))
            .withSamples(
                List.of(new Sampling(MILLISECOND, 5)),
                List.of(new SampledStack(new int[] {0}, new int[] {21}, 5, ms(5))));
    FunctionResults merged = FunctionResults.merge(List.of(onlyLeaf, sampled()));
    // leaf came first, so main and work follow it: the second file's stacks are renumbered.
    assertEquals("leaf", merged.functions().get(0).methodName());
    assertEquals("main", merged.functions().get(1).methodName());
    SampledStack deepest = merged.stacks().get(3);
    assertEquals(
        List.of(1, 2, 0), List.of(deepest.method(0), deepest.method(1), deepest.method(2)));
  }

  @Test
  void resultsOfTheTwoTimersAreNeverMerged() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FunctionResults.merge(List.of(ProfMemorySectionTest.sample(false), sampled())));
    assertEquals(
        "cannot merge results timed by the clock with results timed by samples", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> FunctionResults.merge(List.of(sampled(), ProfMemorySectionTest.sample(false))));
  }

  @Test
  void sampledResultsCarryNoProbeCostOfTheClock() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ProfCostSectionsTest.measuredSample()
                .withSamples(List.of(new Sampling(MILLISECOND, 10)), List.of()));
  }

  @Test
  void aStackMustNameMethodsOfTheResults() {
    FunctionResults plain = ProfMemorySectionTest.sample(false);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            plain.withSamples(
                List.of(new Sampling(MILLISECOND, 10)),
                List.of(new SampledStack(new int[] {0, 2}, new int[] {1, 1}, 1, 1))));
    assertThrows(
        IllegalArgumentException.class, () -> new SampledStack(new int[] {}, new int[] {}, 1, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new SampledStack(new int[] {0}, new int[] {1}, 0, 0));
  }

  @Test
  void everyTruncationIsRefused() {
    byte[] bytes = ProfWriter.toBytes(sampled());
    for (int length = 0; length < bytes.length; length++) {
      byte[] cut = Arrays.copyOf(bytes, length);
      assertThrows(ResultsFormatException.class, () -> ProfReader.parse(FILE, cut));
    }
  }

  @Test
  void aStackThatNamesNoMethodIsRefused() {
    byte[] bytes = ProfWriter.toBytes(sampled());
    // The last frame's method index sits 8 bytes before the checksum's 4: make it 3 of 3 methods.
    int lastMethod = bytes.length - 4 - 8;
    assertEquals(2, ByteBuffer.wrap(bytes, lastMethod, 4).getInt());
    ByteBuffer.wrap(bytes, lastMethod, 4).putInt(3);
    ResultsFormatException e =
        assertThrows(ResultsFormatException.class, () -> ProfReader.parse(FILE, rechecked(bytes)));
    assertTrue(e.getMessage().contains("a sampled stack names no method"), e.getMessage());
  }

  @Test
  void anEmptyStackIsRefused() {
    FunctionResults one =
        sampled()
            .withSamples(
                sampled().samplings(),
                List.of(new SampledStack(new int[] {0}, new int[] {6}, 50, ms(50))));
    byte[] bytes = ProfWriter.toBytes(one);
    // The only stack: i64 samples, i64 nanos, u32 depth, u32 method, i32 line, then the checksum.
    int samples = bytes.length - 4 - 8 - 4 - 8 - 8;
    assertEquals(50, ByteBuffer.wrap(bytes, samples, 8).getLong());
    ByteBuffer.wrap(bytes, samples, 8).putLong(0);
    ResultsFormatException e =
        assertThrows(ResultsFormatException.class, () -> ProfReader.parse(FILE, rechecked(bytes)));
    assertTrue(e.getMessage().contains("an empty sampled stack"), e.getMessage());
  }

  /** {@code bytes} with the checksum made right again, so that only the change is wrong. */
  private static byte[] rechecked(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());
    return bytes;
  }
}
