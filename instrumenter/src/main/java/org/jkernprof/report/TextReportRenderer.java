package org.jkernprof.report;

import org.jkernprof.results.ProfileResults;

/** Renders line reports in line_profiler's layout. STUB: the real renderer replaces this. */
public final class TextReportRenderer {
  private TextReportRenderer() {}

  /** The complete report text, ending with a newline. A pure function of its arguments. */
  public static String render(
      ProfileResults results, SourceResolver sources, ReportOptions options) {
    return results.methods() + "\n";
  }
}
