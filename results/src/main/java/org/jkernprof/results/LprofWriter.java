package org.jkernprof.results;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** Writes {@link LineResults} as a {@code .lprof} file, atomically. */
public final class LprofWriter {
  private LprofWriter() {}

  /**
   * Writes {@code results} to {@code file}: first to a temporary file beside it, then renamed over
   * it, so a reader never sees half a file.
   */
  public static void write(LineResults results, Path file) throws IOException {
    ResultsFileWriter.writeAtomically(toBytes(results), file);
  }

  /** The complete file contents for {@code results}. */
  public static byte[] toBytes(LineResults results) {
    ResultsFileWriter file =
        new ResultsFileWriter(
            LprofFormat.MAGIC, LprofFormat.MAJOR_VERSION, LprofFormat.MINOR_VERSION, results.run());
    DataOutputStream out = file.out();
    try {
      out.writeInt(results.methods().size());
      for (MethodProfile m : results.methods()) {
        file.string(m.className());
        file.string(m.methodName());
        file.string(m.descriptor());
        file.string(m.sourceFile());
        out.writeLong(m.totalNanos());
        out.writeInt(m.lines().size());
        for (LineStats l : m.lines()) {
          out.writeInt(l.line());
          out.writeLong(l.hits());
          out.writeLong(l.nanos());
        }
      }
      if (results.hasMemory()) {
        file.section(MemorySection.TAG, section -> MemorySection.write(results, section));
      }
      if (results.hasProbeTimes()) {
        file.section(ProbeSection.TAG, section -> ProbeSection.write(results, section));
      }
      if (results.isSampled()) {
        file.section(SampleSection.TAG, section -> SampleSection.write(results, section));
      }
      if (results.hasSources()) {
        file.section(SourceSection.TAG, section -> SourceSection.write(results, section));
      }
      if (!results.tests().isEmpty()) {
        file.section(TestsSection.TAG, section -> TestsSection.write(results, section));
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return file.finish();
  }
}
