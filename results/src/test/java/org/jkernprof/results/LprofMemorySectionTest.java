package org.jkernprof.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The memory figures of {@code -m} in the 1.1 format: kept exactly, checked, merged. */
class LprofMemorySectionTest {
  private static final Path FILE = Path.of("m.lprof");

  static LineResults withMemory() {
    LineResults base = LprofFormatTest.sample();
    List<MethodProfile> methods = new ArrayList<>();
    long bytes = 10L << 20;
    for (MethodProfile m : base.methods()) {
      List<LineStats> lines = new ArrayList<>();
      for (LineStats l : m.lines()) {
        lines.add(l.withMemory(bytes, 64L << 20));
        bytes /= 3;
      }
      methods.add(m.withMemory(12L << 20, lines));
    }
    return new LineResults(base.run(), methods, List.of(), true);
  }

  @Test
  void readsBackEveryLinesMemoryFigures() throws ResultsFormatException {
    LineResults read = LprofReader.parse(FILE, LprofWriter.toBytes(withMemory()));
    assertEquals(withMemory(), read);
    assertTrue(read.hasMemory());
    assertEquals(10L << 20, read.methods().get(0).lines().get(0).allocatedBytes());
  }

  @Test
  void resultsWithoutMemoryStaySo() throws ResultsFormatException {
    LineResults read = LprofReader.parse(FILE, LprofWriter.toBytes(LprofFormatTest.sample()));
    assertFalse(read.hasMemory());
  }

  @Test
  void rejectsEveryTruncationOfTheMemorySection() {
    byte[] bytes = LprofWriter.toBytes(withMemory());
    for (int length = 0; length < bytes.length; length++) {
      byte[] cut = Arrays.copyOf(bytes, length);
      assertThrows(ResultsFormatException.class, () -> LprofReader.parse(FILE, cut));
    }
  }

  @Test
  void rejectsAMemorySectionThatDoesNotMatchTheLines() {
    byte[] plain = LprofWriter.toBytes(LprofFormatTest.sample());
    // Two methods and three lines in the sample: 64 bytes would match, 40 do not.
    byte[] section = new byte[8 + 40];
    ByteBuffer.wrap(section).putInt(0x414C4F43).putInt(40);
    byte[] bytes = new byte[plain.length + section.length];
    System.arraycopy(plain, 0, bytes, 0, plain.length - 4);
    System.arraycopy(section, 0, bytes, plain.length - 4, section.length);
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer.wrap(bytes).putInt(bytes.length - 4, (int) crc.getValue());
    ResultsFormatException e =
        assertThrows(ResultsFormatException.class, () -> LprofReader.parse(FILE, bytes));
    assertEquals(
        "m.lprof: file is corrupt (the memory section does not match the lines)", e.getMessage());
  }

  @Test
  void mergingSumsBytesAndKeepsTheHighestHeap() {
    LineResults merged = LineResults.merge(List.of(withMemory(), withMemory()));
    LineStats first = merged.methods().get(0).lines().get(0);
    assertEquals(20L << 20, first.allocatedBytes());
    assertEquals(64L << 20, first.heapBytes());
    assertEquals(24L << 20, merged.methods().get(0).allocatedBytes());
    assertTrue(merged.hasMemory());
    assertFalse(LineResults.merge(List.of(withMemory(), LprofFormatTest.sample())).hasMemory());
  }
}
