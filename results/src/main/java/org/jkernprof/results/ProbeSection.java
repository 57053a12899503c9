package org.jkernprof.results;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .lprof} section that holds the profiler's own time (format 1.2): the probe costs
 * measured in the run (a count, then per calibration: u32 points, then per point f64 true line
 * nanoseconds and f64 nanoseconds charged per probe, then f64 their spread, f64 per frame entry and
 * its spread, f64 per probe in interpreted code), then for each method of the file's table in turn
 * what is taken out of its total, and for each of its lines in turn the probes and frame entries
 * that ran in its time and their estimated cost and its uncertainty. Files without it carry
 * measured times only.
 */
final class ProbeSection {
  /** The section's tag: {@code 'PRBE'}. */
  static final int TAG = 0x50524245;

  /** The smallest calibration: one point. */
  private static final int CALIBRATION_BYTES = 4 + 2 * 8 + 4 * 8;

  private ProbeSection() {}

  static void write(LineResults results, ResultsFileWriter file) throws IOException {
    DataOutputStream out = file.out();
    out.writeInt(results.calibrations().size());
    for (ProbeCalibration c : results.calibrations()) {
      double[] work = c.work();
      double[] charged = c.charged();
      out.writeInt(work.length);
      for (int i = 0; i < work.length; i++) {
        out.writeDouble(work[i]);
        out.writeDouble(charged[i]);
      }
      out.writeDouble(c.spreadNanos());
      out.writeDouble(c.entryNanos());
      out.writeDouble(c.entrySpreadNanos());
      out.writeDouble(c.interpretedEventNanos());
    }
    for (MethodProfile m : results.methods()) {
      out.writeLong(m.probeNanos());
      for (LineStats l : m.lines()) {
        ProbeTime p = l.probe();
        out.writeLong(p.events());
        out.writeLong(p.entries());
        out.writeLong(p.nanos());
        out.writeLong(p.noiseNanos());
      }
    }
  }

  /** The calibrations read from the reader's position; the methods follow. */
  static List<ProbeCalibration> readCalibrations(ResultsFileReader reader)
      throws ResultsFormatException {
    int count = reader.count(CALIBRATION_BYTES);
    if (count == 0) {
      throw reader.corrupt("a probe section without a calibration");
    }
    ByteBuffer in = reader.in();
    List<ProbeCalibration> calibrations = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int points = reader.count(2 * 8);
      if (points == 0) {
        throw reader.corrupt("a calibration without points");
      }
      double[] work = new double[points];
      double[] charged = new double[points];
      for (int p = 0; p < points; p++) {
        work[p] = in.getDouble();
        charged[p] = in.getDouble();
      }
      calibrations.add(
          new ProbeCalibration(
              work, charged, in.getDouble(), in.getDouble(), in.getDouble(), in.getDouble()));
    }
    return calibrations;
  }

  /** {@code methods} with the probe times read from the reader's position. */
  static List<MethodProfile> readMethods(ResultsFileReader reader, List<MethodProfile> methods)
      throws ResultsFormatException {
    long longs = 0;
    for (MethodProfile m : methods) {
      longs += 1 + 4L * m.lines().size();
    }
    ByteBuffer in = reader.in();
    if (in.remaining() != 8 * longs) {
      throw reader.corrupt("the probe section does not match the lines");
    }
    List<MethodProfile> withProbes = new ArrayList<>(methods.size());
    for (MethodProfile m : methods) {
      long own = reader.nonNegative("probe time");
      List<LineStats> read = new ArrayList<>(m.lines().size());
      for (LineStats l : m.lines()) {
        long events = reader.nonNegative("probe count");
        long entries = reader.nonNegative("entry count");
        long nanos = reader.nonNegative("probe time");
        long noise = reader.nonNegative("probe noise");
        read.add(l.withProbe(new ProbeTime(events, entries, nanos, noise)));
      }
      withProbes.add(m.withProbes(own, read));
    }
    return withProbes;
  }
}
