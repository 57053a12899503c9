package org.jkernprof.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The 1.1 format's tagged sections: tests split out, files of 1.0 and unknown sections. */
class LprofTestsSectionTest {
  private static final Path FILE = Path.of("t.lprof");

  static LineResults withTests() {
    LineResults base = LprofFormatTest.sample();
    MethodProfile generate = base.methods().get(0);
    MethodProfile firstTestShare =
        new MethodProfile(
            generate.className(),
            generate.methodName(),
            generate.descriptor(),
            generate.sourceFile(),
            70_000_000L,
            List.of(new LineStats(21, 0, 0), new LineStats(22, 40_000, 70_000_000)));
    MethodProfile secondTestShare =
        new MethodProfile(
            generate.className(),
            generate.methodName(),
            generate.descriptor(),
            generate.sourceFile(),
            100_000_000L,
            List.of(new LineStats(21, 1, 1_000), new LineStats(22, 60_001, 99_999_000)));
    return new LineResults(
        base.run(),
        base.methods(),
        List.of(
            new TestProfile("a.CartTest#adds()", 80_000_000L, false, List.of(firstTestShare)),
            new TestProfile(
                "a.CartTest#sized(int) [1] 3", 120_000_000L, true, List.of(secondTestShare)),
            new TestProfile("a.CartTest#idle()", 5_000L, false, List.of())));
  }

  @Test
  void readsBackEachTestsShareExactly() throws ResultsFormatException {
    LineResults results = withTests();
    LineResults read = LprofReader.parse(FILE, LprofWriter.toBytes(results));
    assertEquals(results, read);
    assertTrue(read.tests().get(1).concurrent());
    assertEquals(40_000, read.tests().get(0).hits());
  }

  @Test
  void fillsLinesATestDidNotReachWithZeros() throws ResultsFormatException {
    LineResults read = LprofReader.parse(FILE, LprofWriter.toBytes(withTests()));
    List<LineStats> lines = read.tests().get(0).methods().get(0).lines();
    assertEquals(List.of(21, 22), lines.stream().map(LineStats::line).toList());
    assertEquals(0, lines.get(0).hits());
  }

  @Test
  void rejectsEveryTruncationAndBitFlipOfTheTestsSection() {
    byte[] bytes = LprofWriter.toBytes(withTests());
    for (int length = 0; length < bytes.length; length++) {
      byte[] cut = Arrays.copyOf(bytes, length);
      assertThrows(ResultsFormatException.class, () -> LprofReader.parse(FILE, cut));
    }
    for (int bit = 0; bit < 8 * bytes.length; bit += 7) {
      byte[] flipped = bytes.clone();
      flipped[bit / 8] ^= (byte) (1 << (bit % 8));
      assertThrows(ResultsFormatException.class, () -> LprofReader.parse(FILE, flipped));
    }
  }

  @Test
  void rejectsATestNamingAMethodTheFileDoesNotHave() {
    byte[] bytes = LprofWriter.toBytes(withTests());
    // The first test's first method index sits right after its name, duration and flag.
    int at =
        indexOf(bytes, "a.CartTest#adds()".getBytes()) + "a.CartTest#adds()".length() + 8 + 1 + 4;
    ByteBuffer.wrap(bytes).putInt(at, 9);
    ResultsFormatException e =
        assertThrows(ResultsFormatException.class, () -> LprofReader.parse(FILE, withCrc(bytes)));
    assertEquals(
        "t.lprof: file is corrupt (a test names a method that is not in the file)", e.getMessage());
  }

  @Test
  void skipsASectionItDoesNotKnow() throws ResultsFormatException {
    byte[] plain = LprofWriter.toBytes(LprofFormatTest.sample());
    byte[] unknown = {'N', 'E', 'X', 'T', 0, 0, 0, 3, 1, 2, 3};
    byte[] bytes = new byte[plain.length + unknown.length];
    System.arraycopy(plain, 0, bytes, 0, plain.length - 4);
    System.arraycopy(unknown, 0, bytes, plain.length - 4, unknown.length);
    assertEquals(LprofFormatTest.sample(), LprofReader.parse(FILE, withCrc(bytes)));
  }

  @Test
  void readsAFileWrittenByFormatOneZero() throws IOException {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/results/demo-format-1.0.lprof")) {
      bytes = in.readAllBytes();
    }
    assertEquals(0, bytes[11], "the fixture is a 1.0 file");
    LineResults read = LprofReader.parse(FILE, bytes);
    assertTrue(read.tests().isEmpty());
    assertFalse(read.methods().isEmpty());
    assertTrue(
        read.methods().stream().anyMatch(m -> m.methodName().equals("processData")),
        read.methods().toString());
  }

  @Test
  void mergingKeepsTheTestsOfEveryFile() {
    LineResults merged = LineResults.merge(List.of(withTests(), withTests()));
    assertEquals(6, merged.tests().size());
    assertEquals(withTests().tests(), merged.tests().subList(3, 6));
  }

  /** Replaces the last four bytes with the CRC-32 of the rest. */
  private static byte[] withCrc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer.wrap(bytes).putInt(bytes.length - 4, (int) crc.getValue());
    return bytes;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
