package org.jkernprof.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.TestProfile;

/**
 * The JSON document of line results (docs/json-report.md, kind {@code lines}): every method with
 * each source line of its declaration, the line's figures as the text report shows them and its
 * syntax tokens, and per test the lines' figures in that test.
 */
final class LinesDocument {
  private final LineResults results;
  private final ReportOptions options;
  private final ShownTime shown;
  private final MethodListings listings;

  private LinesDocument(LineResults results, SourceResolver sources, ReportOptions options) {
    this.results = results;
    this.options = options;
    this.shown = ShownTime.of(results, options);
    this.listings = new MethodListings(new SourceFiles(sources, true));
  }

  /** The document of {@code results}, with the times the text report would show. */
  static String render(LineResults results, SourceResolver sources, ReportOptions options) {
    return new LinesDocument(results, sources, options).render();
  }

  private String render() {
    JsonWriter json = new JsonWriter().beginObject();
    DocumentHeader.write(json, "lines", results.run());
    writeTimer(json);
    json.member("unitSeconds", options.unitSeconds());
    json.member("hasMemory", results.hasMemory());
    json.name("tokenKinds").beginArray();
    for (String kind : TOKEN_KINDS) {
      json.value(kind);
    }
    json.endArray();
    json.name("methods").beginArray();
    List<MethodProfile> methods = results.methods();
    Map<String, Integer> ids = new HashMap<>();
    for (int id = 0; id < methods.size(); id++) {
      ids.put(methods.get(id).key(), id);
      writeMethod(json, id, listings.build(methods.get(id)));
    }
    json.endArray();
    json.name("tests").beginArray();
    for (TestProfile test : results.tests()) {
      writeTest(json, test, ids);
    }
    json.endArray();
    return json.endObject().text();
  }

  private void writeTimer(JsonWriter json) {
    json.name("timer").beginObject();
    json.member("name", shown.sampled() ? "sampled" : "clock");
    json.member("corrected", shown.lessProbes());
    json.member("note", DocumentHeader.bare(shown.timerUnitNote()));
    DocumentHeader.writeSampling(json, results.samplings());
    json.endObject();
  }

  private void writeMethod(JsonWriter json, int id, MethodListing listing) {
    MethodProfile method = listing.method();
    json.beginObject();
    json.member("id", id);
    json.member("function", listing.functionName());
    json.member("qualifiedName", method.qualifiedName());
    json.member("file", listing.filePath());
    json.member("line", listing.declarationLine());
    json.member("totalNanos", shown.of(method));
    long hits = 0;
    for (LineStats line : method.lines()) {
      hits = Math.max(hits, line.hits());
    }
    json.member("hits", hits);
    if (results.hasMemory()) {
      json.member("allocatedBytes", method.allocatedBytes());
    }
    listing.note().ifPresent(note -> json.member("note", note));
    json.name("rows").beginArray();
    for (ListingRow row : listing.rows()) {
      writeRow(json, row);
    }
    json.endArray();
    json.endObject();
  }

  private void writeRow(JsonWriter json, ListingRow row) {
    json.beginObject();
    json.member("line", row.line());
    json.member("text", row.contents());
    LineStats stats = row.stats().filter(s -> s.hits() > 0).orElse(null);
    // Members that would be null, false or empty are left out: most rows of a big report are
    // lines without figures, and the page parses every byte.
    if (stats != null) {
      json.member("hits", stats.hits());
      json.member("nanos", shown.of(stats));
      if (results.hasMemory()) {
        json.member("allocatedBytes", stats.allocatedBytes());
      }
      if (shown.isNoise(stats)) {
        json.member("nearZero", true);
      }
      if (shown.isFewSamples(stats)) {
        json.member("fewSamples", true);
      }
    }
    TokenList tokens = new TokenList(json);
    row.styledContents().forEachStyledRun(tokens);
    tokens.end();
    json.endObject();
  }

  private void writeTest(JsonWriter json, TestProfile test, Map<String, Integer> ids) {
    json.beginObject();
    json.member("name", test.name());
    json.member("durationNanos", test.durationNanos());
    json.member("profiledNanos", test.profiledNanos());
    json.name("methods").beginArray();
    for (MethodProfile method : test.methods()) {
      Integer id = ids.get(method.key());
      if (id == null) {
        continue;
      }
      json.beginObject().member("id", id).name("rows").beginArray();
      for (LineStats line : method.lines()) {
        if (line.hits() > 0) {
          json.beginObject()
              .member("line", line.line())
              .member("hits", line.hits())
              .member("nanos", shown.of(line))
              .endObject();
        }
      }
      json.endArray().endObject();
    }
    json.endArray();
    json.endObject();
  }

  /**
   * Writes a row's {@code tokens} member, three numbers per token (start, end, kind), flat: the
   * page parses one array per row, not one per token. Left out when the row has no syntax.
   */
  private static final class TokenList implements StyledText.StyledRunVisitor {
    private final JsonWriter json;
    private boolean open;

    TokenList(JsonWriter json) {
      this.json = json;
    }

    @Override
    public void visit(int start, int end, AnsiStyle style) {
      String kind = tokenKind(style);
      if (kind == null) {
        return;
      }
      if (!open) {
        json.name("tokens").beginArray();
        open = true;
      }
      json.value(start).value(end).value(TOKEN_KINDS.indexOf(kind));
    }

    void end() {
      if (open) {
        json.endArray();
      }
    }
  }

  /** The names of the kinds of syntax tokens, whose indexes the rows' tokens give. */
  static final List<String> TOKEN_KINDS = List.of("kw", "str", "num", "com", "ann");

  /** The document's name of a highlighting style; null for styles that are not syntax. */
  private static String tokenKind(AnsiStyle style) {
    switch (style) {
      case KEYWORD:
        return "kw";
      case STRING:
        return "str";
      case NUMBER:
        return "num";
      case COMMENT:
        return "com";
      case ANNOTATION:
        return "ann";
      default:
        return null;
    }
  }
}
