package org.jkernprof.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.jkernprof.results.LprofWriter;
import org.jkernprof.results.ProfileResults;

/** Line-by-line results: an {@code .lprof} file and the line report. */
final class LineResults implements TakenResults {
  private final ProfileResults results;
  private final String probeCostHint;

  LineResults(ProfileResults results) {
    this(results, null);
  }

  /**
   * @param probeCostHint what {@link #probeCostHint()} returns: null for none
   */
  LineResults(ProfileResults results, String probeCostHint) {
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
