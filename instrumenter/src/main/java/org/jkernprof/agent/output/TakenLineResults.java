package org.jkernprof.agent.output;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LprofWriter;

/** Line-by-line results: an {@code .lprof} file and the line report. */
public final class TakenLineResults implements TakenResults {
  private final LineResults results;
  private final String probeCostHint;

  public TakenLineResults(LineResults results) {
    this(results, null);
  }

  /**
   * @param probeCostHint what {@link #probeCostHint()} returns: null for none
   */
  public TakenLineResults(LineResults results, String probeCostHint) {
    this.results = results;
    this.probeCostHint = probeCostHint;
  }

  @Override
  public String probeCostHint() {
    return probeCostHint;
  }

  @Override
  public void writeTo(Path file) throws IOException {
    LprofWriter.write(results, file);
  }

  @Override
  public void printReport(PrintStream out, PrintStream err, boolean raw) {
    VerboseReport.print(results, out, err, raw);
  }
}
