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

/**
 * The profiler's own time in the 1.2 format: the run's calibration and every line's probe counts
 * and estimate are kept exactly; files of 1.1 and before read as measured times only; merged
 * results keep each file's own estimate.
 */
class LprofProbeSectionTest {
  private static final Path FILE = Path.of("p.lprof");

  static final ProbeCalibration CALIBRATION =
      new ProbeCalibration(
          new double[] {1.4, 6.9, 44.0}, new double[] {29.0, 31.0, 63.0}, 0.4, 3.0, 1.5, 180.0);

  /** The format test's sample with a probe time on each line, as the agent computes it. */
  static LineResults withProbes(ProbeCalibration calibration) {
    LineResults base = LprofFormatTest.sample();
    List<MethodProfile> methods = new ArrayList<>();
    for (MethodProfile m : base.methods()) {
      List<LineStats> lines = new ArrayList<>();
      long taken = 0;
      for (LineStats l : m.lines()) {
        ProbeTime probe = calibration.timeOf(l.hits(), l.hits() / 10, l.nanos());
        lines.add(l.withProbe(probe));
        taken += Math.min(l.nanos(), probe.nanos());
      }
      methods.add(m.withProbes(taken, lines));
    }
    return new LineResults(base.run(), methods, List.of(), false, List.of(calibration));
  }

  @Test
  void readsBackTheCalibrationAndEveryLinesProbeTime() throws ResultsFormatException {
    LineResults written = withProbes(CALIBRATION);
    LineResults read = LprofReader.parse(FILE, LprofWriter.toBytes(written));
    assertEquals(written, read);
    assertEquals(List.of(CALIBRATION), read.calibrations());
    LineStats busy = read.methods().get(0).lines().get(1);
    assertEquals(100_001, busy.probe().events());
    assertEquals(10_000, busy.probe().entries());
    assertEquals(
        CALIBRATION.timeOf(100_001, 10_000, 170_000_000), busy.probe(), "as estimated at exit");
  }

  @Test
  void keepsMemoryFiguresBesideProbeTimes() throws ResultsFormatException {
    LineResults probes = withProbes(CALIBRATION);
    List<MethodProfile> methods = new ArrayList<>();
    for (MethodProfile m : probes.methods()) {
      List<LineStats> lines = new ArrayList<>();
      for (LineStats l : m.lines()) {
        lines.add(l.withMemory(4096, 1 << 20));
      }
      methods.add(m.withMemory(8192, lines));
    }
    LineResults both =
        new LineResults(probes.run(), methods, List.of(), true, probes.calibrations());
    assertEquals(both, LprofReader.parse(FILE, LprofWriter.toBytes(both)));
  }

  @Test
  void aFileOfTheFormerVersionReadsAsMeasuredTimes() throws ResultsFormatException {
    byte[] bytes = LprofWriter.toBytes(LprofFormatTest.sample());
    // Format 1.1 is 1.2 without the probe section: the same bytes under the older version.
    ByteBuffer.wrap(bytes).putShort(10, (short) 1);
    fixChecksum(bytes);
    LineResults read = LprofReader.parse(FILE, bytes);
    assertFalse(read.hasProbeTimes());
    assertEquals(ProbeTime.NONE, read.methods().get(0).lines().get(1).probe());
    assertEquals(170_000_000, read.methods().get(0).lines().get(1).nanosLessProbes());
  }

  @Test
  void rejectsEveryTruncationOfTheProbeSection() {
    byte[] bytes = LprofWriter.toBytes(withProbes(CALIBRATION));
    for (int length = 0; length < bytes.length; length++) {
      byte[] cut = Arrays.copyOf(bytes, length);
      assertThrows(ResultsFormatException.class, () -> LprofReader.parse(FILE, cut));
    }
  }

  @Test
  void rejectsAProbeSectionThatDoesNotMatchTheLines() {
    byte[] plain = LprofWriter.toBytes(LprofFormatTest.sample());
    // One calibration of one point, then 8 bytes per method and 32 per line would match: 24
    // bytes do not.
    byte[] section = new byte[8 + 4 + 4 + 16 + 32 + 24];
    ByteBuffer.wrap(section).putInt(0x50524245).putInt(4 + 4 + 16 + 32 + 24).putInt(1).putInt(1);
    byte[] bytes = new byte[plain.length + section.length];
    System.arraycopy(plain, 0, bytes, 0, plain.length - 4);
    System.arraycopy(section, 0, bytes, plain.length - 4, section.length);
    fixChecksum(bytes);
    ResultsFormatException e =
        assertThrows(ResultsFormatException.class, () -> LprofReader.parse(FILE, bytes));
    assertEquals(
        "p.lprof: file is corrupt (the probe section does not match the lines)", e.getMessage());
  }

  @Test
  void mergingKeepsEachFilesOwnEstimateAndEveryCalibration() {
    ProbeCalibration slower =
        new ProbeCalibration(new double[] {2.0}, new double[] {40.0}, 1.0, 5.0, 2.0, 250.0);
    LineResults merged = LineResults.merge(List.of(withProbes(CALIBRATION), withProbes(slower)));
    assertEquals(List.of(CALIBRATION, slower), merged.calibrations());
    LineStats busy = merged.methods().get(0).lines().get(1);
    long expected =
        CALIBRATION.timeOf(100_001, 10_000, 170_000_000).nanos()
            + slower.timeOf(100_001, 10_000, 170_000_000).nanos();
    assertEquals(expected, busy.probe().nanos());
    assertEquals(2 * 170_000_000L - expected, busy.nanosLessProbes());
    assertEquals(
        merged.methods().get(0).totalNanos() - merged.methods().get(0).probeNanos(),
        merged.methods().get(0).totalNanosLessProbes());
  }

  @Test
  void mergingWithResultsThatCarryNoProbeTimeShowsMeasuredTimes() {
    LineResults merged =
        LineResults.merge(List.of(withProbes(CALIBRATION), LprofFormatTest.sample()));
    assertFalse(merged.hasProbeTimes());
    assertTrue(withProbes(CALIBRATION).hasProbeTimes());
  }

  private static void fixChecksum(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer.wrap(bytes).putInt(bytes.length - 4, (int) crc.getValue());
  }
}
