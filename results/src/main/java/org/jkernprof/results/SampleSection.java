package org.jkernprof.results;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .lprof} section of results made by the sampled timer (format 1.3): u32 the runs
 * merged, then per run i64 the sampling interval in nanoseconds and i64 the samples taken; then for
 * each method of the file's table in turn, for each of its lines in turn, i64 the samples whose
 * stack held the line. Files without it were timed by the clock.
 */
final class SampleSection {
  /** The section's tag: {@code 'SMPL'}. */
  static final int TAG = 0x534D504C;

  private SampleSection() {}

  static void write(LineResults results, ResultsFileWriter file) throws IOException {
    writeSamplings(results.samplings(), file.out());
    DataOutputStream out = file.out();
    for (MethodProfile m : results.methods()) {
      for (LineStats l : m.lines()) {
        out.writeLong(l.samples());
      }
    }
  }

  /**
   * The runs' samplings, as both formats write them: u32 the runs, then per run i64 the interval in
   * nanoseconds and i64 the samples taken.
   */
  static void writeSamplings(List<Sampling> samplings, DataOutputStream out) throws IOException {
    out.writeInt(samplings.size());
    for (Sampling s : samplings) {
      out.writeLong(s.intervalNanos());
      out.writeLong(s.samples());
    }
  }

  /** The runs' samplings, read from the reader's position as {@link #writeSamplings} wrote them. */
  static List<Sampling> readSamplings(ResultsFileReader reader) throws ResultsFormatException {
    int count = reader.count(2 * 8);
    if (count == 0) {
      throw reader.corrupt("a sample section without a run");
    }
    List<Sampling> runs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long interval = reader.nonNegative("sampling interval");
      long samples = reader.nonNegative("sample count");
      if (interval == 0) {
        throw reader.corrupt("a sampling interval of zero");
      }
      runs.add(new Sampling(interval, samples));
    }
    return runs;
  }

  /** {@code methods} with the lines' samples read from the reader's position. */
  static List<MethodProfile> readMethods(ResultsFileReader reader, List<MethodProfile> methods)
      throws ResultsFormatException {
    long longs = 0;
    for (MethodProfile m : methods) {
      longs += m.lines().size();
    }
    ByteBuffer in = reader.in();
    if (in.remaining() != 8 * longs) {
      throw reader.corrupt("the sample section does not match the lines");
    }
    List<MethodProfile> sampled = new ArrayList<>(methods.size());
    for (MethodProfile m : methods) {
      List<LineStats> read = new ArrayList<>(m.lines().size());
      for (LineStats l : m.lines()) {
        read.add(l.withSamples(reader.nonNegative("sample count")));
      }
      sampled.add(m.withSampledLines(read));
    }
    return sampled;
  }
}
