package org.jkernprof.report;

import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.LineResults;

/**
 * Results as one JSON document (schema in docs/json-report.md), the data of the HTML report: the
 * figures of the text report, the source lines with their syntax, per-test shares, call edges and
 * sampled call stacks. A pure function of its arguments.
 */
public final class JsonReport {
  private JsonReport() {}

  /** Line results, with the times the text report shows under {@code options}. */
  public static String of(LineResults results, SourceResolver sources, ReportOptions options) {
    return LinesDocument.render(results, sources, options);
  }

  /** Function results, times less the profiler's own cost unless {@code raw}. */
  public static String of(FunctionResults results, boolean raw) {
    return FunctionsDocument.render(results, raw);
  }
}
