package org.jkernprof.results;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@link FunctionResults} as a {@code .prof} file, atomically: times as measured, with the
 * calls and the probe cost that the report needs to take the probes' share out and the call paths,
 * or, for the sampled timer, the sampling and the stacks. Results merged from runs that measured
 * different costs cannot be written.
 */
public final class ProfWriter {
  private ProfWriter() {}

  public static void write(FunctionResults results, Path file) throws IOException {
    ResultsFileWriter.writeAtomically(toBytes(results), file);
  }

  /** The complete file contents for {@code results}. */
  public static byte[] toBytes(FunctionResults results) {
    ResultsFileWriter file =
        new ResultsFileWriter(
            ProfFormat.MAGIC, ProfFormat.MAJOR_VERSION, ProfFormat.MINOR_VERSION, results.run());
    DataOutputStream out = file.out();
    try {
      out.writeInt(results.functions().size());
      for (FunctionStats f : results.functions()) {
        file.string(f.className());
        file.string(f.methodName());
        file.string(f.descriptor());
        file.string(f.sourceFile());
        out.writeInt(f.firstLine());
        out.writeLong(f.calls());
        out.writeLong(f.primitiveCalls());
        out.writeLong(f.totalNanos());
        out.writeLong(f.cumulativeNanos());
      }
      out.writeInt(results.edges().size());
      for (CallEdge e : results.edges()) {
        out.writeInt(e.caller());
        out.writeInt(e.callee());
        out.writeLong(e.calls());
        out.writeLong(e.primitiveCalls());
        out.writeLong(e.totalNanos());
        out.writeLong(e.cumulativeNanos());
      }
      if (results.hasMemory()) {
        file.section(
            MemorySection.TAG,
            section -> {
              for (FunctionStats f : results.functions()) {
                section.out().writeLong(f.ownBytes());
                section.out().writeLong(f.cumulativeBytes());
              }
            });
      }
      CallCostSections.write(results, file);
      if (results.isSampled()) {
        file.section(StackSection.TAG, section -> StackSection.write(results, section));
      }
      if (!results.paths().isEmpty()) {
        file.section(PathSection.TAG, section -> PathSection.write(results.paths(), section));
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return file.finish();
  }
}
