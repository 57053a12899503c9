package org.jkernprof.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A page of the report jar's {@code html/} resources with the pieces the pages share inlined
 * ({@code shared.css} and {@code shared.js} at their markers) and a JSON document at its data
 * placeholder: one self-contained file.
 */
final class PageTemplate {
  /** The text of a page that the document replaces, quotes included. */
  static final String PLACEHOLDER = "\"__JKERNPROF_DATA__\"";

  private static final String SHARED_CSS = "/*__JKERNPROF_SHARED_CSS__*/";
  private static final String SHARED_JS = "/*__JKERNPROF_SHARED_JS__*/";

  private PageTemplate() {}

  /**
   * The page {@code name} around {@code json}, a document whose text has no {@code <}, so that it
   * cannot end the script element that holds it. The shared pieces go in first: the document may
   * hold any text, a marker's too.
   */
  static String fill(String name, String json) {
    String page =
        replace(
            replace(read(name), SHARED_CSS, read("html/shared.css")),
            SHARED_JS,
            read("html/shared.js"));
    if (!page.contains(PLACEHOLDER)) {
      throw new IllegalStateException(name + " has no " + PLACEHOLDER);
    }
    return replace(page, PLACEHOLDER, json);
  }

  /** {@code text} with the first {@code marker}, if any, replaced by {@code by}. */
  private static String replace(String text, String marker, String by) {
    int at = text.indexOf(marker);
    return at < 0 ? text : text.substring(0, at) + by + text.substring(at + marker.length());
  }

  private static String read(String name) {
    try (InputStream in = PageTemplate.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the report jar has no " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
