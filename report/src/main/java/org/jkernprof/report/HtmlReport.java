package org.jkernprof.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  /** The text of the page that the document replaces, quotes included. */
  static final String PLACEHOLDER = "\"__JKERNPROF_DATA__\"";

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
    String template = template();
    int at = template.indexOf(PLACEHOLDER);
    return template.substring(0, at) + json + template.substring(at + PLACEHOLDER.length());
  }

  private static String template() {
    try (InputStream in = HtmlReport.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("the report jar has no " + TEMPLATE);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (!text.contains(PLACEHOLDER)) {
        throw new IllegalStateException(TEMPLATE + " has no " + PLACEHOLDER);
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
