package org.jkernprof.agent.output;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.ProfWriter;

/** Function-level results: a {@code .prof} file and the pstats-style report. */
public final class TakenCallResults implements TakenResults {
  private final FunctionResults results;

  public TakenCallResults(FunctionResults results) {
    this.results = results;
  }

  @Override
  public void writeTo(Path file) throws IOException {
    ProfWriter.write(results, file);
  }

  @Override
  public void printReport(PrintStream out, PrintStream err, boolean raw) {
    out.println(
        results.functions().size() + " methods profiled; see `jkernprof view` for the report");
  }
}
