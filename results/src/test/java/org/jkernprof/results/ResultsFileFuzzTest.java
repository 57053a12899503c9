package org.jkernprof.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * Thousands of structure-aware mutations of valid {@code .lprof} (1.0 and 1.1, with tests) and
 * {@code .prof} files: truncations, bit flips, other versions, extreme values in every length,
 * count and index field, random bodies and spliced chunks, nearly all with the checksum recomputed
 * so that the parser, not the CRC, meets them. Each must be read or rejected with an {@link
 * ResultsFormatException} whose message is one line that names the file and says what is wrong;
 * none may throw anything else, and none may make the reader allocate much more than the file
 * holds. Seeded, so a failure repeats; the message gives the input in hex.
 */
class ResultsFileFuzzTest {
  private static final Path FILE = Path.of("fuzzed.lprof");
  private static final int ROUNDS_PER_SEED = 6_000;

  /** Allocation allowed per parse: a fixed allowance plus this many bytes per input byte. */
  private static final long ALLOWED_BASE_BYTES = 256 * 1024;

  private static final long ALLOWED_BYTES_PER_INPUT_BYTE = 64;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** How a format is parsed and where its fields are. */
  private interface Format {
    void parse(byte[] bytes) throws ResultsFormatException;

    List<ResultsFileFields.Field> fields(byte[] bytes);
  }

  private static final Format LPROF =
      new Format() {
        @Override
        public void parse(byte[] bytes) throws ResultsFormatException {
          LprofReader.parse(FILE, bytes);
        }

        @Override
        public List<ResultsFileFields.Field> fields(byte[] bytes) {
          return ResultsFileFields.ofLprof(bytes);
        }
      };

  private static final Format PROF =
      new Format() {
        @Override
        public void parse(byte[] bytes) throws ResultsFormatException {
          ProfReader.parse(FILE, bytes);
        }

        @Override
        public List<ResultsFileFields.Field> fields(byte[] bytes) {
          return ResultsFileFields.ofProf(bytes);
        }
      };

  @Test
  void everyMutationOfAnLprofFileWithTestsIsReadOrRejectedCleanly() throws Exception {
    fuzz(LPROF, LprofWriter.toBytes(LprofTestsSectionTest.withTests()), 1);
  }

  @Test
  void everyMutationOfAnLprofFileWithoutTestsIsReadOrRejectedCleanly() throws Exception {
    fuzz(LPROF, LprofWriter.toBytes(LprofFormatTest.sample()), 2);
  }

  @Test
  void everyMutationOfAProfFileIsReadOrRejectedCleanly() throws Exception {
    fuzz(PROF, ProfWriter.toBytes(profSample()), 3);
  }

  @Test
  void everyMutationOfAProfFileWithItsProbeCostIsReadOrRejectedCleanly() throws Exception {
    fuzz(PROF, ProfWriter.toBytes(ProfCostSectionsTest.measuredSample()), 4);
  }

  @Test
  void everyMutationOfASampledProfFileWithItsStacksIsReadOrRejectedCleanly() throws Exception {
    fuzz(PROF, ProfWriter.toBytes(ProfStackSectionTest.sampled()), 5);
  }

  @Test
  void manyTestsReachingOneLineOfALongMethodCostNoMoreThanTheFileHolds() throws Exception {
    // Each test's share lists every line of the method, but the file stores only the one reached:
    // filling in the zeros one by one would cost tests x lines (9 million here) for 250 KB.
    int lineCount = 3_000;
    List<LineStats> lines = new ArrayList<>();
    for (int line = 1; line <= lineCount; line++) {
      lines.add(new LineStats(line, 1, 10));
    }
    MethodProfile longMethod = new MethodProfile("a.Long", "run", "()V", "Long.java", 5, lines);
    List<TestProfile> tests = new ArrayList<>();
    for (int t = 0; t < lineCount; t++) {
      MethodProfile share =
          new MethodProfile(
              "a.Long", "run", "()V", "Long.java", 1, List.of(new LineStats(t + 1, 1, 10)));
      tests.add(new TestProfile("a.T#t" + t + "()", 1, false, List.of(share)));
    }
    LineResults written =
        new LineResults(LprofFormatTest.sample().run(), List.of(longMethod), tests);
    byte[] bytes = LprofWriter.toBytes(written);

    assertTrue(check(LPROF, bytes, "tests x lines") == false, "the file is valid");
    LineResults read = LprofReader.parse(FILE, bytes);
    TestProfile last = read.tests().get(lineCount - 1);
    List<LineStats> lastLines = last.methods().get(0).lines();
    assertEquals(lineCount, lastLines.size());
    assertEquals(new LineStats(lineCount, 1, 10), lastLines.get(lineCount - 1));
    assertEquals(new LineStats(1, 0, 0), lastLines.get(0));
    assertEquals(1, last.hits());
  }

  @Test
  void aSectionThatEndsBeforeWhatItHoldsIsCorruptNotTruncated() {
    byte[] valid = LprofWriter.toBytes(LprofTestsSectionTest.withTests());
    ResultsFileFields.Field sectionLength =
        ResultsFileFields.ofLprof(valid).stream()
            .filter(f -> f.kind == ResultsFileFields.Kind.TAG)
            .map(f -> new ResultsFileFields.Field(f.offset + 4, 4, ResultsFileFields.Kind.LENGTH))
            .findFirst()
            .orElseThrow();
    // One byte less in the section, and one less in the file: the section's last line is cut.
    byte[] bytes = new byte[valid.length - 1];
    System.arraycopy(valid, 0, bytes, 0, valid.length - 5);
    ByteBuffer.wrap(bytes).putInt(sectionLength.offset, (int) fieldValue(valid, sectionLength) - 1);

    ResultsFormatException e =
        assertThrows(
            ResultsFormatException.class, () -> LprofReader.parse(FILE, withChecksum(bytes)));
    assertEquals(FILE + ": file is corrupt (a section ends before what it holds)", e.getMessage());
  }

  @Test
  void theFieldWalkerFindsEveryFieldOfTheSamples() throws Exception {
    // The mutations aim at these fields: a walker that lost its way would aim at nothing.
    byte[] lprof = LprofWriter.toBytes(LprofTestsSectionTest.withTests());
    List<ResultsFileFields.Field> fields = ResultsFileFields.ofLprof(lprof);
    ResultsFileFields.Field last = fields.get(fields.size() - 1);
    assertEquals(lprof.length - 4, last.offset + last.width, "the last field ends at the CRC");
    byte[] prof = ProfWriter.toBytes(profSample());
    List<ResultsFileFields.Field> profFields = ResultsFileFields.ofProf(prof);
    ResultsFileFields.Field lastOfProf = profFields.get(profFields.size() - 1);
    assertEquals(prof.length - 4, lastOfProf.offset + lastOfProf.width);
  }

  private static void fuzz(Format format, byte[] valid, long seed) throws Exception {
    format.parse(valid);
    List<ResultsFileFields.Field> fields = format.fields(valid);
    Random random = new Random(seed);
    int rejected = 0;
    for (int round = 0; round < ROUNDS_PER_SEED; round++) {
      int mutation = random.nextInt(9);
      byte[] bytes = mutate(mutation, valid, fields, random);
      if (check(format, bytes, "seed " + seed + ", round " + round + ", mutation " + mutation)) {
        rejected++;
      }
    }
    // Nearly every mutation breaks something; the few that do not (a changed time) are read.
    assertTrue(rejected > ROUNDS_PER_SEED / 2, "rejected only " + rejected);
  }

  /** Parses {@code bytes}; returns whether they were rejected, and fails on anything unclean. */
  private static boolean check(Format format, byte[] bytes, String where) {
    long before = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    boolean rejected = false;
    try {
      format.parse(bytes);
    } catch (ResultsFormatException e) {
      rejected = true;
      String message = e.getMessage();
      String problem =
          message.startsWith(FILE + ": ") ? message.substring(FILE.toString().length() + 2) : "";
      if (problem.isEmpty()
          || message.contains("\n")
          || message.contains("\r")
          || problem.contains("null")
          || problem.contains("Exception")) {
        fail(where + ": unclear message '" + message + "' for " + hex(bytes));
      }
    } catch (Throwable t) {
      throw new AssertionError(where + ": " + t + " for " + hex(bytes), t);
    }
    long allocated = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
    long allowed = ALLOWED_BASE_BYTES + ALLOWED_BYTES_PER_INPUT_BYTE * bytes.length;
    if (allocated > allowed) {
      fail(where + ": allocated " + allocated + " bytes for " + bytes.length + ": " + hex(bytes));
    }
    return rejected;
  }

  private static byte[] mutate(
      int mutation, byte[] valid, List<ResultsFileFields.Field> fields, Random random) {
    byte[] bytes = valid.clone();
    switch (mutation) {
      case 0: // truncated anywhere
        return Arrays.copyOf(bytes, random.nextInt(bytes.length));
      case 1: // a few bits flipped, checksum left as it was
        flipBits(bytes, bytes.length, random);
        return bytes;
      case 2: // a few bits flipped before the checksum, which is recomputed
        flipBits(bytes, bytes.length - 4, random);
        return withChecksum(bytes);
      case 3: // another version
        ByteBuffer.wrap(bytes).putShort(8 + 2 * random.nextInt(2), (short) random.nextInt(1 << 16));
        return withChecksum(bytes);
      case 4: // an extreme value in one length, count, index or tag field
        {
          List<ResultsFileFields.Field> structural = new ArrayList<>();
          for (ResultsFileFields.Field f : fields) {
            if (f.kind != ResultsFileFields.Kind.VALUE
                && f.kind != ResultsFileFields.Kind.VERSION) {
              structural.add(f);
            }
          }
          ResultsFileFields.Field f = structural.get(random.nextInt(structural.size()));
          setField(bytes, f, extreme(random, bytes.length - f.offset, fieldValue(bytes, f)));
          return withChecksum(bytes);
        }
      case 5: // an extreme value in any field
        {
          ResultsFileFields.Field f = fields.get(random.nextInt(fields.size()));
          setField(bytes, f, extreme(random, bytes.length - f.offset, fieldValue(bytes, f)));
          return withChecksum(bytes);
        }
      case 6: // a valid signature and version, then random bytes of any length
        {
          byte[] body = new byte[12 + random.nextInt(2 * bytes.length) + 4];
          random.nextBytes(body);
          System.arraycopy(bytes, 0, body, 0, 12);
          return withChecksum(body);
        }
      case 7: // a chunk of the body removed, repeated or replaced by random bytes
        return withChecksum(splice(bytes, random));
      default: // an extra section with any tag and length, possibly wrong
        {
          int extra = random.nextInt(40);
          ByteBuffer grown = ByteBuffer.allocate(bytes.length + 8 + extra);
          grown.put(bytes, 0, bytes.length - 4);
          grown.putInt(random.nextBoolean() ? TestsSection.TAG : random.nextInt());
          grown.putInt(random.nextBoolean() ? extra : (int) extreme(random, extra, extra));
          byte[] body = new byte[extra];
          random.nextBytes(body);
          grown.put(body);
          return withChecksum(grown.array());
        }
    }
  }

  /** A value worth trying in a field: limits, signs, off by one, the bytes that remain. */
  private static long extreme(Random random, int remaining, long original) {
    long[] candidates = {
      0,
      1,
      -1,
      2,
      Integer.MAX_VALUE,
      Integer.MIN_VALUE,
      Integer.MAX_VALUE - 7,
      0xFFFF,
      0x10000,
      remaining,
      remaining - 1,
      remaining + 1,
      remaining / 2,
      original + 1,
      original - 1,
      Long.MAX_VALUE,
      Long.MIN_VALUE,
      random.nextLong()
    };
    return candidates[random.nextInt(candidates.length)];
  }

  private static long fieldValue(byte[] bytes, ResultsFileFields.Field f) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    switch (f.width) {
      case 1:
        return in.get(f.offset);
      case 2:
        return in.getShort(f.offset);
      case 4:
        return in.getInt(f.offset);
      default:
        return in.getLong(f.offset);
    }
  }

  private static void setField(byte[] bytes, ResultsFileFields.Field f, long value) {
    ByteBuffer out = ByteBuffer.wrap(bytes);
    switch (f.width) {
      case 1:
        out.put(f.offset, (byte) value);
        break;
      case 2:
        out.putShort(f.offset, (short) value);
        break;
      case 4:
        out.putInt(f.offset, (int) value);
        break;
      default:
        out.putLong(f.offset, value);
    }
  }

  private static void flipBits(byte[] bytes, int within, Random random) {
    int flips = 1 + random.nextInt(4);
    for (int i = 0; i < flips; i++) {
      int bit = random.nextInt(within * 8);
      bytes[bit / 8] ^= (byte) (1 << (bit % 8));
    }
  }

  /** A chunk of the body removed, repeated, or replaced by as many random bytes. */
  private static byte[] splice(byte[] bytes, Random random) {
    int bodyEnd = bytes.length - 4;
    int from = 12 + random.nextInt(bodyEnd - 12);
    int length = 1 + random.nextInt(Math.min(64, bodyEnd - from));
    ByteBuffer out = ByteBuffer.allocate(bytes.length + length);
    out.put(bytes, 0, from);
    switch (random.nextInt(3)) {
      case 0:
        break;
      case 1:
        out.put(bytes, from, length);
        out.put(bytes, from, length);
        break;
      default:
        byte[] noise = new byte[length];
        random.nextBytes(noise);
        out.put(noise);
    }
    out.put(bytes, from + length, bytes.length - from - length);
    return Arrays.copyOf(out.array(), out.position());
  }

  /** {@code bytes} with the checksum of all but its last four bytes in those four. */
  static byte[] withChecksum(byte[] bytes) {
    if (bytes.length < 4) {
      return bytes;
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());
    return bytes;
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  static FunctionResults profSample() {
    RunInfo run = new RunInfo("app.jar", "17.0.15+6", 1_764_000_000_000L, 2_000_000_000L);
    List<FunctionStats> functions =
        List.of(
            new FunctionStats(
                "a.App", "main", "([Ljava/lang/String;)V", "App.java", 10, 1, 1, 5, 900),
            new FunctionStats("a.App", "fib", "(I)J", "App.java", 20, 177, 1, 800, 800),
            new FunctionStats("a.App$Inner", "<init>", "()V", "", 0, 3, 3, 40, 95));
    List<CallEdge> edges =
        List.of(
            new CallEdge(CallEdge.UNPROFILED, 0, 1, 1, 5, 900),
            new CallEdge(0, 1, 1, 1, 10, 800),
            new CallEdge(1, 1, 176, 0, 790, 0),
            new CallEdge(0, 2, 3, 3, 40, 95));
    return new FunctionResults(run, functions, edges);
  }
}
