package org.jkernprof.results;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code .prof} files written by {@link ProfWriter}, checking every length it reads. */
public final class ProfReader {
  private ProfReader() {}

  public static FunctionResults read(Path file) throws IOException {
    return parse(file, ResultsFileReader.readAll(file, ".prof"));
  }

  /** Parses the complete contents of a results file; {@code file} is only used in messages. */
  public static FunctionResults parse(Path file, byte[] bytes) throws LprofFormatException {
    ResultsFileReader reader =
        new ResultsFileReader(file, bytes, ProfFormat.MAGIC, ProfFormat.MAJOR_VERSION, ".prof");
    ByteBuffer in = reader.in();
    try {
      int functionCount = reader.count(4 * 4 + 4 + 4 * 8);
      List<FunctionStats> functions = new ArrayList<>(functionCount);
      for (int i = 0; i < functionCount; i++) {
        functions.add(
            new FunctionStats(
                reader.string(),
                reader.string(),
                reader.string(),
                reader.string(),
                in.getInt(),
                in.getLong(),
                in.getLong(),
                in.getLong(),
                in.getLong()));
      }
      int edgeCount = reader.count(4 + 4 + 4 * 8);
      List<CallEdge> edges = new ArrayList<>(edgeCount);
      for (int i = 0; i < edgeCount; i++) {
        edges.add(
            new CallEdge(
                in.getInt(), in.getInt(), in.getLong(), in.getLong(), in.getLong(), in.getLong()));
      }
      List<FunctionStats> withMemory = new ArrayList<>();
      boolean[] memory = {false};
      if (reader.minorVersion() > 0) {
        reader.sections(
            tag -> tag == MemorySection.TAG,
            tag -> {
              if (memory[0]) {
                throw reader.corrupt("two memory sections");
              }
              withMemory.addAll(readMemory(reader, functions));
              memory[0] = true;
            });
      }
      reader.expectEnd("call edge");
      return new FunctionResults(
          reader.run(), memory[0] ? withMemory : functions, edges, memory[0]);
    } catch (BufferUnderflowException e) {
      throw reader.truncated();
    } catch (IllegalArgumentException e) {
      throw reader.corrupt(e.getMessage());
    }
  }

  /**
   * {@code functions} with the memory figures of an {@code ALOC} section: own, cumulative bytes.
   */
  private static List<FunctionStats> readMemory(
      ResultsFileReader reader, List<FunctionStats> functions) throws LprofFormatException {
    if (reader.in().remaining() != 16L * functions.size()) {
      throw reader.corrupt("the memory section does not match the methods");
    }
    List<FunctionStats> withMemory = new ArrayList<>(functions.size());
    for (FunctionStats f : functions) {
      long own = reader.nonNegative("allocated bytes");
      withMemory.add(f.withMemory(own, reader.nonNegative("allocated bytes")));
    }
    return withMemory;
  }

  /** Whether {@code bytes} start like a {@code .prof} file, to tell the two kinds apart. */
  public static boolean looksLikeProf(byte[] bytes) {
    if (bytes.length < ProfFormat.MAGIC.length) {
      return false;
    }
    for (int i = 0; i < ProfFormat.MAGIC.length; i++) {
      if (bytes[i] != ProfFormat.MAGIC[i]) {
        return false;
      }
    }
    return true;
  }
}
