package org.jkernprof.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LprofFormatTest {
  @TempDir Path dir;

  static LineResults sample() {
    MethodProfile generate =
        new MethodProfile(
            "org.jkernprof.demo.Demo",
            "generateData",
            "(I)Ljava/util/List;",
            "Demo.java",
            170_939_500L,
            List.of(new LineStats(21, 1, 1_000), new LineStats(22, 100_001, 170_000_000)));
    MethodProfile ctor =
        new MethodProfile(
            "a.b.Outer$Inner", "<init>", "()V", "", 0L, List.of(new LineStats(7, 0, 0)));
    return new LineResults(
        new RunInfo("demo.jar arg ünïcode", "17.0.15+6", 1_764_000_000_000L, 1_234_567_890L),
        List.of(generate, ctor));
  }

  @Test
  void readsBackExactlyWhatWasWritten() throws IOException {
    Path file = dir.resolve("demo.jar.lprof");
    LprofWriter.write(sample(), file);
    assertEquals(sample(), LprofReader.read(file));
  }

  @Test
  void overwritesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
    Path file = dir.resolve("x.lprof");
    Files.writeString(file, "old");
    LprofWriter.write(sample(), file);
    assertEquals(sample(), LprofReader.read(file));
    assertEquals(List.of(file), Files.list(dir).toList());
  }

  @Test
  void rejectsEveryTruncation() {
    byte[] bytes = LprofWriter.toBytes(sample());
    for (int length = 0; length < bytes.length; length++) {
      byte[] cut = java.util.Arrays.copyOf(bytes, length);
      ResultsFormatException e =
          assertThrows(
              ResultsFormatException.class, () -> LprofReader.parse(Path.of("x.lprof"), cut));
      assertTrue(e.getMessage().startsWith("x.lprof: "), e.getMessage());
    }
  }

  @Test
  void rejectsEverySingleBitFlip() {
    byte[] bytes = LprofWriter.toBytes(sample());
    for (int bit = 0; bit < bytes.length * 8; bit++) {
      byte[] flipped = bytes.clone();
      flipped[bit / 8] ^= (byte) (1 << (bit % 8));
      assertThrows(
          ResultsFormatException.class, () -> LprofReader.parse(Path.of("x.lprof"), flipped));
    }
  }

  @Test
  void saysWhatIsWrongWithAForeignFile() {
    ResultsFormatException e =
        assertThrows(
            ResultsFormatException.class,
            () -> LprofReader.parse(Path.of("notes.txt"), "hello, world\n".getBytes()));
    assertEquals(
        "notes.txt: not a jkernprof results file (it does not start with the .lprof signature)",
        e.getMessage());
  }

  @Test
  void saysWhichVersionItCannotRead() {
    byte[] bytes = LprofWriter.toBytes(sample());
    bytes[8] = 0;
    bytes[9] = 7;
    bytes[10] = 0;
    bytes[11] = 3;
    ResultsFormatException e =
        assertThrows(
            ResultsFormatException.class, () -> LprofReader.parse(Path.of("new.lprof"), bytes));
    assertEquals(
        "new.lprof: format version 7.3 is not supported (this jkernprof reads version 1.x)",
        e.getMessage());
  }

  @Test
  void neverTrustsLengthsOrCountsFromTheFile() {
    // Random garbage after a valid header, with a valid checksum: every length must be checked.
    Random random = new Random(42);
    byte[] valid = LprofWriter.toBytes(sample());
    for (int round = 0; round < 2_000; round++) {
      byte[] bytes = valid.clone();
      for (int i = 12; i < bytes.length - 4; i++) {
        if (random.nextInt(8) == 0) {
          bytes[i] = (byte) random.nextInt(256);
        }
      }
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(bytes, 0, bytes.length - 4);
      java.nio.ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());
      try {
        LprofReader.parse(Path.of("fuzz.lprof"), bytes);
      } catch (ResultsFormatException expected) {
        assertTrue(expected.getMessage().startsWith("fuzz.lprof: "));
      }
    }
  }

  @Test
  void saysWhenTheFileDoesNotExist() {
    ResultsFormatException e =
        assertThrows(
            ResultsFormatException.class, () -> LprofReader.read(dir.resolve("missing.lprof")));
    assertEquals(dir.resolve("missing.lprof") + ": no such file", e.getMessage());
  }

  @Test
  void mergingSumsHitsTimesAndTotalsLineByLine() {
    LineResults merged = LineResults.merge(List.of(sample(), sample()));
    MethodProfile generate = merged.methods().get(0);
    assertEquals(
        List.of(new LineStats(21, 2, 2_000), new LineStats(22, 200_002, 340_000_000)),
        generate.lines());
    assertEquals(2 * 170_939_500L, generate.totalNanos());
    assertEquals(2 * 1_234_567_890L, merged.run().durationNanos());
  }
}
