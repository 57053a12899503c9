package org.jkernprof.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LprofWriter;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.MethodSource;

/**
 * Adds to results the source text of each method whose declaration its source files have, as the
 * line report lists it, so that the results can later be compared line by line by their text, or
 * read where the sources are not. A pure function of its arguments and the files.
 */
public final class SavedSources {
  private SavedSources() {}

  /**
   * {@code results} carrying the text of every method {@code sources} can list from its
   * declaration; a method whose source or declaration is not found keeps the text the results
   * already carried for it, if any.
   */
  public static LineResults of(LineResults results, SourceResolver sources) {
    MethodListings listings = new MethodListings(new SourceFiles(sources, false));
    Map<String, MethodSource> texts = new HashMap<>();
    for (MethodProfile method : results.methods()) {
      MethodListing listing = listings.build(method);
      if (listing.note().isPresent()) {
        results.sourceOf(method).ifPresent(kept -> texts.put(method.key(), kept));
        continue;
      }
      List<Integer> numbers = new ArrayList<>(listing.rows().size());
      List<String> lines = new ArrayList<>(listing.rows().size());
      for (ListingRow row : listing.rows()) {
        numbers.add(row.line());
        lines.add(row.contents());
      }
      texts.put(
          method.key(),
          new MethodSource(
              listing.filePath(),
              listing.functionName(),
              listing.declarationLine(),
              numbers,
              lines));
    }
    return results.withSources(texts);
  }

  /**
   * Adds the text {@code sources} can give to {@code results}, read from {@code file}, and writes
   * them back to it (atomically) if that added any; returns them with the text.
   *
   * @throws IOException if the file cannot be rewritten: it then holds the results it held
   */
  public static LineResults saveIn(Path file, LineResults results, SourceResolver sources)
      throws IOException {
    LineResults withText = of(results, sources);
    if (withText.hasSources() && !withText.equals(results)) {
      LprofWriter.write(withText, file);
    }
    return withText;
  }
}
