package org.jkernprof.report;

/**
 * The diff of two line-profiling runs as one self-contained HTML page: per method, its source with
 * two heat maps side by side, before and after, drawn from the {@link DiffDocument} embedded in it.
 * It needs no network and opens from disk. A pure function of its argument.
 */
public final class HtmlDiffReport {
  /** The page, in the report jar's resources. */
  private static final String TEMPLATE = "html/diff.html";

  private HtmlDiffReport() {}

  /** The page around {@code json}, a document made by {@link DiffDocument}. */
  public static String around(String json) {
    return PageTemplate.fill(TEMPLATE, json);
  }
}
