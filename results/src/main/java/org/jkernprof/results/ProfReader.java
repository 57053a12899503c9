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
  public static FunctionResults parse(Path file, byte[] bytes) throws ResultsFormatException {
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
      FileSections sections = new FileSections();
      if (reader.minorVersion() > 0) {
        reader.sections(
            tag ->
                tag == MemorySection.TAG
                    || tag == CallCostSections.NESTING_TAG
                    || tag == CallCostSections.COST_TAG
                    || tag == StackSection.TAG
                    || tag == PathSection.TAG,
            tag -> sections.read(tag, reader, functions, edges.size()));
      }
      reader.expectEnd("call edge");
      return sections.results(reader, functions, edges);
    } catch (BufferUnderflowException e) {
      throw reader.truncated();
    } catch (IllegalArgumentException e) {
      throw reader.corrupt(e.getMessage());
    }
  }

  /** The sections of one file as they are read, each at most once. */
  private static final class FileSections {
    private List<FunctionStats> withMemory;
    private List<ProbeShare> nesting;
    private CallProbeCost cost;
    private List<Sampling> samplings;
    private List<SampledStack> stacks;
    private List<CallPath> paths;

    void read(int tag, ResultsFileReader reader, List<FunctionStats> functions, int edgeCount)
        throws ResultsFormatException {
      if (tag == MemorySection.TAG) {
        if (withMemory != null) {
          throw reader.corrupt("two memory sections");
        }
        withMemory = readMemory(reader, functions);
      } else if (tag == CallCostSections.NESTING_TAG) {
        if (nesting != null) {
          throw reader.corrupt("two nesting sections");
        }
        nesting = CallCostSections.readNesting(reader, functions.size() + edgeCount);
      } else if (tag == StackSection.TAG) {
        if (samplings != null) {
          throw reader.corrupt("two stack sections");
        }
        samplings = StackSection.readSamplings(reader);
        stacks = StackSection.readStacks(reader, functions.size());
      } else if (tag == PathSection.TAG) {
        if (paths != null) {
          throw reader.corrupt("two call path sections");
        }
        paths = PathSection.read(reader, functions.size());
      } else {
        if (cost != null) {
          throw reader.corrupt("two probe cost sections");
        }
        cost = CallCostSections.readCost(reader);
      }
    }

    FunctionResults results(
        ResultsFileReader reader, List<FunctionStats> functions, List<CallEdge> edges)
        throws ResultsFormatException {
      FunctionResults timed = unsampled(reader, functions, edges);
      if (paths != null) {
        if (samplings != null) {
          throw reader.corrupt("call paths of the clock beside sampled stacks");
        }
        return timed.withPaths(paths);
      }
      return samplings == null ? timed : timed.withSamples(samplings, stacks);
    }

    private FunctionResults unsampled(
        ResultsFileReader reader, List<FunctionStats> functions, List<CallEdge> edges)
        throws ResultsFormatException {
      List<FunctionStats> stats = withMemory != null ? withMemory : functions;
      if (nesting == null) {
        if (cost != null) {
          throw reader.corrupt("a probe cost without the calls it applies to");
        }
        return new FunctionResults(reader.run(), stats, edges, withMemory != null);
      }
      List<FunctionStats> nested = new ArrayList<>(stats.size());
      for (int i = 0; i < stats.size(); i++) {
        nested.add(stats.get(i).withNesting(nesting.get(i)));
      }
      List<CallEdge> nestedEdges = new ArrayList<>(edges.size());
      for (int i = 0; i < edges.size(); i++) {
        nestedEdges.add(edges.get(i).withNesting(nesting.get(stats.size() + i)));
      }
      return cost == null
          ? new FunctionResults(reader.run(), nested, nestedEdges, withMemory != null)
          : FunctionResults.measured(reader.run(), nested, nestedEdges, withMemory != null, cost);
    }
  }

  /**
   * {@code functions} with the memory figures of an {@code ALOC} section: own, cumulative bytes.
   */
  private static List<FunctionStats> readMemory(
      ResultsFileReader reader, List<FunctionStats> functions) throws ResultsFormatException {
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
