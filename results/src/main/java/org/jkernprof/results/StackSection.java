package org.jkernprof.results;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .prof} section of results made by the sampled timer (format 1.3): the runs' sampling
 * as the {@code .lprof} sample section has it (u32 runs, then per run i64 interval nanoseconds, i64
 * samples taken), then u32 the distinct stacks, and per stack i64 samples, i64 nanoseconds, u32
 * depth and per frame, root first, u32 method index, i32 line. Files without it were timed by the
 * clock.
 */
final class StackSection {
  /** The section's tag: {@code 'STCK'}. */
  static final int TAG = 0x5354434B;

  /** The fewest bytes a stack takes: samples, nanoseconds, depth and one frame. */
  private static final int MIN_STACK_BYTES = 8 + 8 + 4 + 8;

  private StackSection() {}

  static void write(FunctionResults results, ResultsFileWriter file) throws IOException {
    DataOutputStream out = file.out();
    SampleSection.writeSamplings(results.samplings(), out);
    out.writeInt(results.stacks().size());
    for (SampledStack stack : results.stacks()) {
      out.writeLong(stack.samples());
      out.writeLong(stack.nanos());
      out.writeInt(stack.depth());
      for (int i = 0; i < stack.depth(); i++) {
        out.writeInt(stack.method(i));
        out.writeInt(stack.line(i));
      }
    }
  }

  /** The runs' samplings, read from the start of the section; the stacks follow. */
  static List<Sampling> readSamplings(ResultsFileReader reader) throws ResultsFormatException {
    return SampleSection.readSamplings(reader);
  }

  /** The stacks, read after the samplings, whose frames name methods below {@code methods}. */
  static List<SampledStack> readStacks(ResultsFileReader reader, int methods)
      throws ResultsFormatException {
    int count = reader.count(MIN_STACK_BYTES);
    List<SampledStack> stacks = new ArrayList<>(count);
    ByteBuffer in = reader.in();
    for (int s = 0; s < count; s++) {
      long samples = reader.nonNegative("sample count");
      long nanos = reader.nonNegative("sampled time");
      int depth = reader.count(8);
      if (samples == 0 || depth == 0) {
        throw reader.corrupt("an empty sampled stack");
      }
      int[] frames = new int[depth];
      int[] lines = new int[depth];
      for (int i = 0; i < depth; i++) {
        frames[i] = in.getInt();
        lines[i] = in.getInt();
        if (frames[i] < 0 || frames[i] >= methods) {
          throw reader.corrupt("a sampled stack names no method");
        }
      }
      stacks.add(new SampledStack(frames, lines, samples, nanos));
    }
    return stacks;
  }
}
