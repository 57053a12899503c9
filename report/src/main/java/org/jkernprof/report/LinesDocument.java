package org.jkernprof.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
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
    this.listings = new MethodListings(new SourceFiles(sources, true), results);
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
    writeRows(json, listing.rows());
    json.endObject();
  }

  /**
   * The method's rows, by column: one array per figure with an entry per source line, so that a big
   * report is a few arrays per method, not an object per line. The flags list the indexes of the
   * rows they are true of.
   */
  private void writeRows(JsonWriter json, List<ListingRow> rows) {
    List<LineStats> stats = new ArrayList<>(rows.size());
    for (ListingRow row : rows) {
      stats.add(row.stats().filter(s -> s.hits() > 0).orElse(null));
    }
    json.name("rows").beginObject();
    json.name("line").beginArray();
    rows.forEach(row -> json.value(row.line()));
    json.endArray();
    json.name("text").beginArray();
    rows.forEach(row -> json.value(row.contents()));
    json.endArray();
    writeColumn(json, "hits", stats, LineStats::hits);
    writeColumn(json, "nanos", stats, shown::of);
    if (results.hasMemory()) {
      writeColumn(json, "allocatedBytes", stats, LineStats::allocatedBytes);
    }
    writeIndexes(json, "nearZero", stats, shown::isNoise);
    writeIndexes(json, "fewSamples", stats, shown::isFewSamples);
    json.name("tokens").beginArray();
    for (ListingRow row : rows) {
      json.beginArray();
      row.styledContents().forEachStyledRun(new TokenList(json));
      json.endArray();
    }
    json.endArray();
    json.endObject();
  }

  /** One figure of every row; null for rows without figures. */
  private static void writeColumn(
      JsonWriter json, String name, List<LineStats> stats, ToLongFunction<LineStats> figure) {
    json.name(name).beginArray();
    for (LineStats s : stats) {
      if (s == null) {
        json.nullValue();
      } else {
        json.value(figure.applyAsLong(s));
      }
    }
    json.endArray();
  }

  /** The indexes of the rows with figures that {@code flag} is true of; left out if none. */
  private static void writeIndexes(
      JsonWriter json, String name, List<LineStats> stats, Predicate<LineStats> flag) {
    boolean open = false;
    for (int i = 0; i < stats.size(); i++) {
      if (stats.get(i) != null && flag.test(stats.get(i))) {
        if (!open) {
          json.name(name).beginArray();
          open = true;
        }
        json.value(i);
      }
    }
    if (open) {
      json.endArray();
    }
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

  /** Writes a row's syntax tokens, three numbers each (start, end, kind), into an open array. */
  static final class TokenList implements StyledText.StyledRunVisitor {
    private final JsonWriter json;

    TokenList(JsonWriter json) {
      this.json = json;
    }

    @Override
    public void visit(int start, int end, AnsiStyle style) {
      String kind = tokenKind(style);
      if (kind != null) {
        json.value(start).value(end).value(TOKEN_KINDS.indexOf(kind));
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
