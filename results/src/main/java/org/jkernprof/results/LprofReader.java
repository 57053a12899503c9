package org.jkernprof.results;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code .lprof} files written by {@link LprofWriter}. Truncated, corrupt or foreign files
 * fail with an {@link ResultsFormatException} that says what is wrong; no length read from the file
 * is trusted before it is checked against the bytes that remain.
 */
public final class LprofReader {
  private LprofReader() {}

  /** Reads and validates {@code file}. */
  public static LineResults read(Path file) throws IOException {
    return parse(file, ResultsFileReader.readAll(file, ".lprof"));
  }

  /** Parses the complete contents of a results file; {@code file} is only used in messages. */
  public static LineResults parse(Path file, byte[] bytes) throws ResultsFormatException {
    ResultsFileReader reader =
        new ResultsFileReader(file, bytes, LprofFormat.MAGIC, LprofFormat.MAJOR_VERSION, ".lprof");
    try {
      int methodCount = reader.count(4 * 4 + 8 + 4);
      List<MethodProfile> methods = new ArrayList<>(methodCount);
      for (int i = 0; i < methodCount; i++) {
        methods.add(readMethod(reader));
      }
      List<TestProfile> tests = new ArrayList<>();
      // Each section that adds figures to the methods replaces them with their richer copies.
      List<List<MethodProfile>> current = new ArrayList<>(List.of(methods));
      List<ProbeCalibration> calibrations = new ArrayList<>();
      List<Sampling> samplings = new ArrayList<>();
      boolean[] memory = {false};
      List<Map<String, MethodSource>> sources = new ArrayList<>();
      if (reader.minorVersion() > 0) {
        reader.sections(
            tag ->
                tag == TestsSection.TAG
                    || tag == MemorySection.TAG
                    || tag == ProbeSection.TAG
                    || tag == SampleSection.TAG
                    || tag == SourceSection.TAG,
            tag -> {
              if (tag == TestsSection.TAG) {
                tests.addAll(TestsSection.read(reader, methods));
              } else if (tag == ProbeSection.TAG) {
                if (!calibrations.isEmpty()) {
                  throw reader.corrupt("two probe sections");
                }
                calibrations.addAll(ProbeSection.readCalibrations(reader));
                current.set(0, ProbeSection.readMethods(reader, current.get(0)));
              } else if (tag == SourceSection.TAG) {
                if (!sources.isEmpty()) {
                  throw reader.corrupt("two source sections");
                }
                sources.add(SourceSection.read(reader, methods));
              } else if (tag == SampleSection.TAG) {
                if (!samplings.isEmpty()) {
                  throw reader.corrupt("two sample sections");
                }
                samplings.addAll(SampleSection.readSamplings(reader));
                current.set(0, SampleSection.readMethods(reader, current.get(0)));
              } else if (!memory[0]) {
                current.set(0, MemorySection.read(reader, current.get(0)));
                memory[0] = true;
              } else {
                throw reader.corrupt("two memory sections");
              }
            });
      }
      reader.expectEnd("method");
      LineResults results =
          new LineResults(reader.run(), current.get(0), tests, memory[0], calibrations);
      if (!samplings.isEmpty()) {
        results = results.withSamplings(samplings);
      }
      return sources.isEmpty() ? results : results.withSources(sources.get(0));
    } catch (BufferUnderflowException e) {
      throw reader.truncated();
    } catch (IllegalArgumentException e) {
      throw reader.corrupt(e.getMessage());
    }
  }

  private static MethodProfile readMethod(ResultsFileReader reader) throws ResultsFormatException {
    String className = reader.string();
    String methodName = reader.string();
    String descriptor = reader.string();
    String sourceFile = reader.string();
    long totalNanos = reader.nonNegative("total time");
    int lineCount = reader.count(4 + 8 + 8);
    ByteBuffer in = reader.in();
    List<LineStats> lines = new ArrayList<>(lineCount);
    for (int i = 0; i < lineCount; i++) {
      lines.add(new LineStats(in.getInt(), in.getLong(), in.getLong()));
    }
    return new MethodProfile(className, methodName, descriptor, sourceFile, totalNanos, lines);
  }
}
