package org.jkernprof.results;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .lprof} section that holds the memory figures of every line (format 1.1, written with
 * {@code -m}): for each method of the file's table in turn, the bytes its own frames allocated,
 * then for each of its lines in turn the bytes allocated and the heap in use at the last entry.
 * Files without it have no memory figures.
 */
final class MemorySection {
  /** The section's tag: {@code 'ALOC'}. */
  static final int TAG = 0x414C4F43;

  private MemorySection() {}

  static void write(LineResults results, ResultsFileWriter file) throws IOException {
    DataOutputStream out = file.out();
    for (MethodProfile m : results.methods()) {
      out.writeLong(m.allocatedBytes());
      for (LineStats l : m.lines()) {
        out.writeLong(l.allocatedBytes());
        out.writeLong(l.heapBytes());
      }
    }
  }

  /** {@code methods} with the memory figures read from the reader's position. */
  static List<MethodProfile> read(ResultsFileReader reader, List<MethodProfile> methods)
      throws ResultsFormatException {
    long longs = 0;
    for (MethodProfile m : methods) {
      longs += 1 + 2 * m.lines().size();
    }
    ByteBuffer in = reader.in();
    if (in.remaining() != 8 * longs) {
      throw reader.corrupt("the memory section does not match the lines");
    }
    List<MethodProfile> withMemory = new ArrayList<>(methods.size());
    for (MethodProfile m : methods) {
      long total = reader.nonNegative("allocated bytes");
      List<LineStats> read = new ArrayList<>(m.lines().size());
      for (LineStats l : m.lines()) {
        long allocated = reader.nonNegative("allocated bytes");
        long heap = reader.nonNegative("heap in use");
        read.add(l.withMemory(allocated, heap));
      }
      withMemory.add(m.withMemory(total, read));
    }
    return withMemory;
  }
}
