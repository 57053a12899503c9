package org.jkernprof.report;

import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.LineResults;

/**
 * Results as one self-contained HTML page: the page's CSS and JavaScript inline, the data the
 * {@link JsonReport} document, embedded in a {@code <script type="application/json">} element. It
 * needs no network and opens from disk. A pure function of its arguments.
 */
public final class HtmlReport {
  /** The page, in the report jar's resources. */
  private static final String TEMPLATE = "html/report.html";

  private HtmlReport() {}

  /** The page of line results, with the times the text report shows under {@code options}. */
  public static String of(LineResults results, SourceResolver sources, ReportOptions options) {
    return around(JsonReport.of(results, sources, options));
  }

  /** The page of function results, times less the profiler's own cost unless {@code raw}. */
  public static String of(FunctionResults results, boolean raw) {
    return around(JsonReport.of(results, raw));
  }

  /**
   * The page around {@code json}, a document made by {@link JsonReport} (whose text has no {@code
   * <}, so it cannot end the script element that holds it).
   */
  public static String around(String json) {
    return PageTemplate.fill(TEMPLATE, json);
  }
}
