package org.jkernprof.results;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code .lprof} section that holds each test's share of the run (format 1.1): per test its
 * name, duration, whether it ran beside another test, and the lines it drove, by index into the
 * file's method table. Only lines a test reached are stored; reading fills in the rest as zeros.
 */
final class TestsSection {
  /** The section's tag: {@code 'TEST'}. */
  static final int TAG = 0x54455354;

  private TestsSection() {}

  static void write(LineResults results, ResultsFileWriter file) throws IOException {
    DataOutputStream out = file.out();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < results.methods().size(); i++) {
      index.put(results.methods().get(i).key(), i);
    }
    out.writeInt(results.tests().size());
    for (TestProfile test : results.tests()) {
      file.string(test.name());
      out.writeLong(test.durationNanos());
      out.writeBoolean(test.concurrent());
      out.writeInt(test.methods().size());
      for (MethodProfile m : test.methods()) {
        Integer i = index.get(m.key());
        if (i == null) {
          throw new IllegalArgumentException(
              "test " + test.name() + " ran " + m.key() + ", which the results do not list");
        }
        List<LineStats> reached = new ArrayList<>();
        for (LineStats l : m.lines()) {
          if (l.hits() != 0 || l.nanos() != 0) {
            reached.add(l);
          }
        }
        out.writeInt(i);
        out.writeLong(m.totalNanos());
        out.writeInt(reached.size());
        for (LineStats l : reached) {
          out.writeInt(l.line());
          out.writeLong(l.hits());
          out.writeLong(l.nanos());
        }
      }
    }
  }

  /** Reads the section's body from the reader's position; the caller checks where it ends. */
  static List<TestProfile> read(ResultsFileReader reader, List<MethodProfile> methods)
      throws ResultsFormatException {
    ByteBuffer in = reader.in();
    int testCount = reader.count(4 + 8 + 1 + 4);
    List<TestProfile> tests = new ArrayList<>(testCount);
    for (int t = 0; t < testCount; t++) {
      String name = reader.string();
      long duration = reader.nonNegative("test duration");
      boolean concurrent = in.get() != 0;
      int methodCount = reader.count(4 + 8 + 4);
      List<MethodProfile> ran = new ArrayList<>(methodCount);
      for (int m = 0; m < methodCount; m++) {
        int index = in.getInt();
        if (index < 0 || index >= methods.size()) {
          throw reader.corrupt("a test names a method that is not in the file");
        }
        ran.add(readMethod(reader, methods.get(index)));
      }
      tests.add(new TestProfile(name, duration, concurrent, ran));
    }
    return tests;
  }

  /**
   * One method's lines in one test, with every other line of {@code method} at zero. Stores only
   * the lines the file lists ({@link TestLines}), so what reading allocates stays in proportion to
   * the file's size, however long the method.
   */
  private static MethodProfile readMethod(ResultsFileReader reader, MethodProfile method)
      throws ResultsFormatException {
    long totalNanos = reader.nonNegative("test time");
    int lineCount = reader.count(4 + 8 + 8);
    ByteBuffer in = reader.in();
    LineStats[] reached = new LineStats[lineCount];
    for (int i = 0; i < lineCount; i++) {
      reached[i] = new LineStats(in.getInt(), in.getLong(), in.getLong());
    }
    Arrays.sort(reached, Comparator.comparingInt(LineStats::line));
    for (int i = 1; i < lineCount; i++) {
      if (reached[i].line() == reached[i - 1].line()) {
        throw reader.corrupt("a test lists a line twice");
      }
    }
    return MethodProfile.withSortedLines(
        method, totalNanos, new TestLines(method.lines(), reached));
  }
}
