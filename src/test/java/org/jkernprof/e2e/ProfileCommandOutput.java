package org.jkernprof.e2e;

import java.util.List;

/**
 * The standard output of {@code jkernprof -l [-v]}, in its three parts: what the program printed,
 * the line saying where the results went, then the report or the hint to view it.
 *
 * @param rest everything after the results line, line ends included
 */
record ProfileCommandOutput(List<String> programLines, String resultsFile, String rest) {
  static final String RESULTS_LINE = "Wrote profile results to ";

  static ProfileCommandOutput of(JvmResult result) {
    String out = result.stdout;
    int at = out.startsWith(RESULTS_LINE) ? 0 : out.indexOf("\n" + RESULTS_LINE) + 1;
    int end = at > 0 || out.startsWith(RESULTS_LINE) ? out.indexOf('\n', at) : -1;
    if (end < 0) {
      throw new AssertionError("no line '" + RESULTS_LINE + "FILE'\n" + result.describe());
    }
    // The program's lines end where the results line starts; none when it starts the output.
    List<String> program = at == 0 ? List.of() : List.of(out.substring(0, at - 1).split("\n", -1));
    return new ProfileCommandOutput(
        program, out.substring(at + RESULTS_LINE.length(), end), out.substring(end + 1));
  }

  /** The report that follows the results line, with {@code -v}. */
  LineReport report() {
    return LineReport.parse(rest);
  }
}
