package org.jkernprof.report;

import static org.jkernprof.report.Profiles.line;
import static org.jkernprof.report.Profiles.method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.RunInfo;
import org.jkernprof.results.SampledStack;
import org.jkernprof.results.TestProfile;
import org.jkernprof.testsupport.JsonReportRows;
import org.jkernprof.testsupport.JsonText;
import org.junit.jupiter.api.Test;

/**
 * The JSON document of results (docs/json-report.md) read back by an independent strict reader
 * holds every figure of the results it was made from, the source text as the text report shows it,
 * and nothing an HTML page could mistake for markup.
 */
class JsonReportTest {
  private static final String PKG = "com.acme.shop.";

  /** The shop fixture's methods of the golden text report: the JSON must say what it says. */
  private static final MethodProfile TOTAL = TextReportRendererGoldenTest.TOTAL;

  private static final MethodProfile ADD = TextReportRendererGoldenTest.ADD_INTS;

  private static final MethodProfile TOTAL_IN_TEST =
      method(
          PKG + "Basics",
          "total",
          "(Ljava/util/List;)I",
          "Basics.java",
          52_000,
          line(15, 11, 30_000),
          line(16, 10, 22_000));

  private static LineResults lineResults() {
    return new LineResults(
        new RunInfo("surefire \"<all>\"", "17.0.15", 1_700_000_000_000L, 9_000_000),
        List.of(TOTAL, ADD),
        List.of(
            new TestProfile("BasicsTest#totalOfTen()", 2_100_000, false, List.of(TOTAL_IN_TEST))));
  }

  private static SourceResolver shop() {
    Path shop = GoldenFiles.resourceFolder("report/shop");
    return new SourceResolver(SourceResolver.searchPath(List.of(), shop, Optional.empty()), shop);
  }

  private static Map<String, Object> read(String json) {
    @SuppressWarnings("unchecked")
    Map<String, Object> document = (Map<String, Object>) JsonText.parse(json);
    return document;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> objects(Object list) {
    return (List<Map<String, Object>>) list;
  }

  private static long number(Object value) {
    return ((BigDecimal) value).longValueExact();
  }

  @Test
  void lineResultsComeBackWithEveryFigureAndTheSourceAsTheTextReportShowsIt() {
    String json = JsonReport.of(lineResults(), shop(), ReportOptions.defaults());
    Map<String, Object> document = read(json);
    assertEquals("jkernprof", document.get("format"));
    assertEquals(1, number(document.get("version")));
    assertEquals("lines", document.get("kind"));
    Map<String, Object> run = objects(List.of(document.get("run"))).get(0);
    assertEquals("surefire \"<all>\"", run.get("command"));
    assertEquals(1_700_000_000_000L, number(run.get("startEpochMillis")));
    List<Map<String, Object>> methods = objects(document.get("methods"));
    assertEquals(2, methods.size());
    String text = TextReportRenderer.render(lineResults(), shop(), ReportOptions.defaults());
    for (int id = 0; id < methods.size(); id++) {
      Map<String, Object> m = methods.get(id);
      MethodProfile profile = lineResults().methods().get(id);
      assertEquals(id, number(m.get("id")));
      assertEquals(profile.totalNanos(), number(m.get("totalNanos")));
      assertTrue(
          text.contains("Function: " + m.get("function") + " at line " + m.get("line")), text);
      for (Map<String, Object> row : JsonReportRows.of(m)) {
        int line = (int) number(row.get("line"));
        Optional<LineStats> stats =
            profile.lines().stream().filter(l -> l.line() == line && l.hits() > 0).findFirst();
        if (stats.isPresent()) {
          assertEquals(stats.get().hits(), number(row.get("hits")), "line " + line);
          assertEquals(stats.get().nanos(), number(row.get("nanos")), "line " + line);
        } else {
          assertNull(row.get("hits"), "line " + line);
        }
        assertTrue(text.contains((String) row.get("text")), "line " + line + " as in the text");
      }
    }
    Map<String, Object> total = methods.get(0);
    assertEquals("Basics.total(List<Integer>)", total.get("function"));
    assertEquals(1_001, number(total.get("hits")));
  }

  @Test
  void sourceTokensNameTheSyntaxOfTheirSpan() {
    Map<String, Object> document =
        read(JsonReport.of(lineResults(), shop(), ReportOptions.defaults()));
    List<?> names = (List<?>) document.get("tokenKinds");
    Map<String, Object> total = objects(document.get("methods")).get(0);
    StringBuilder kinds = new StringBuilder();
    for (Map<String, Object> row : JsonReportRows.of(total)) {
      String text = (String) row.get("text");
      List<?> tokens = (List<?>) row.get("tokens");
      assertEquals(0, tokens.size() % 3, "three numbers per token");
      for (int i = 0; i < tokens.size(); i += 3) {
        int start = (int) number(tokens.get(i));
        int end = (int) number(tokens.get(i + 1));
        Object kind = names.get((int) number(tokens.get(i + 2)));
        kinds.append(kind).append(':').append(text, start, end).append(' ');
      }
    }
    String found = kinds.toString();
    assertTrue(found.contains("ann:@Profile "), found);
    assertTrue(found.contains("kw:public kw:static kw:int "), found);
    assertTrue(found.contains("kw:for "), found);
    assertTrue(found.contains("num:0 "), found);
  }

  @Test
  void eachTestNamesTheMethodsItRanByTheirIdsWithItsOwnFigures() {
    Map<String, Object> document =
        read(JsonReport.of(lineResults(), shop(), ReportOptions.defaults()));
    List<Map<String, Object>> tests = objects(document.get("tests"));
    assertEquals(1, tests.size());
    assertEquals("BasicsTest#totalOfTen()", tests.get(0).get("name"));
    List<Map<String, Object>> methods = objects(tests.get(0).get("methods"));
    assertEquals(1, methods.size());
    assertEquals(0, number(methods.get(0).get("id")), "Basics.total is method 0");
    List<Map<String, Object>> rows = objects(methods.get(0).get("rows"));
    assertEquals(List.of(15L, 16L), rows.stream().map(r -> number(r.get("line"))).toList());
    assertEquals(11, number(rows.get(0).get("hits")));
    assertEquals(22_000, number(rows.get(1).get("nanos")));
  }

  @Test
  void theDocumentHasNoCharacterThatCouldEndTheScriptElementHoldingIt() {
    String json = JsonReport.of(lineResults(), shop(), ReportOptions.defaults());
    assertFalse(json.contains("<"), json);
    assertFalse(json.contains(">"), json);
    assertFalse(json.contains("&"), json);
    JsonWriter writer = new JsonWriter().beginArray();
    String awkward = "</script><!-- \"quoted\" back\\slash\ttab\nline\u0001 \u2028 é ü";
    writer.value(awkward).value(Double.NaN).value(0.5).value(3.0).endArray();
    assertEquals(List.of(awkward, "null", "0.5", "3"), readBack(writer.text()));
    assertFalse(writer.text().contains("\u2028"), writer.text());
  }

  private static List<String> readBack(String json) {
    @SuppressWarnings("unchecked")
    List<Object> values = (List<Object>) JsonText.parse(json);
    return values.stream()
        .map(
            v ->
                v == null
                    ? "null"
                    : v instanceof BigDecimal ? ((BigDecimal) v).toPlainString() : (String) v)
        .toList();
  }

  @Test
  void functionResultsComeBackWithTheirEdgesAndSampledStacks() {
    FunctionResults results = SampledStatsReportTest.sampled();
    Map<String, Object> document = read(JsonReport.of(results, false));
    assertEquals("functions", document.get("kind"));
    Map<String, Object> timer = objects(List.of(document.get("timer"))).get(0);
    assertEquals("sampled", timer.get("name"));
    assertEquals(1_234, number(timer.get("samples")));
    assertEquals(1_000_000, number(timer.get("intervalNanos")));
    List<Map<String, Object>> functions = objects(document.get("functions"));
    for (int id = 0; id < functions.size(); id++) {
      FunctionStats f = results.functions().get(id);
      Map<String, Object> read = functions.get(id);
      assertEquals(f.calls(), number(read.get("calls")));
      assertEquals(f.totalNanos(), number(read.get("ownNanos")));
      assertEquals(f.cumulativeNanos(), number(read.get("cumulativeNanos")));
    }
    assertEquals("Main.java:12(Main.work)", functions.get(1).get("stdName"));
    List<Map<String, Object>> edges = objects(document.get("edges"));
    for (int i = 0; i < edges.size(); i++) {
      CallEdge e = results.edges().get(i);
      assertEquals(e.caller(), number(edges.get(i).get("caller")));
      assertEquals(e.callee(), number(edges.get(i).get("callee")));
      assertEquals(e.calls(), number(edges.get(i).get("calls")));
    }
    List<Map<String, Object>> stacks = objects(document.get("stacks"));
    assertEquals(results.stacks().size(), stacks.size());
    for (int i = 0; i < stacks.size(); i++) {
      SampledStack s = results.stacks().get(i);
      @SuppressWarnings("unchecked")
      List<Object> frames = (List<Object>) stacks.get(i).get("frames");
      for (int k = 0; k < s.depth(); k++) {
        assertEquals(s.method(k), number(frames.get(k)));
      }
      assertEquals(s.samples(), number(stacks.get(i).get("samples")));
    }
    assertEquals(1_000_000_000L, number(document.get("totalNanos")));
  }

  @Test
  void clockFunctionResultsOfOldFilesHaveNoStacks() {
    FunctionResults sampled = SampledStatsReportTest.sampled();
    FunctionResults clock =
        new FunctionResults(sampled.run(), sampled.functions(), sampled.edges());
    Map<String, Object> document = read(JsonReport.of(clock, false));
    assertEquals(List.of(), document.get("stacks"));
    assertEquals("clock", objects(List.of(document.get("timer"))).get(0).get("name"));
  }

  @Test
  void clockCallPathsAreStacksOfNoSamplesWeighingTheirOwnTimeLessTheProbes() {
    FunctionResults clock = CollapsedStacksTest.clock();
    Map<String, Object> document = read(JsonReport.of(clock, false));
    assertEquals("clock", objects(List.of(document.get("timer"))).get(0).get("name"));
    List<Map<String, Object>> stacks = objects(document.get("stacks"));
    assertEquals(clock.paths().size(), stacks.size());
    Map<String, Object> underB = stacks.get(3);
    assertEquals(List.of("0", "2", "3"), numbers(underB.get("frames")));
    assertEquals(0, number(underB.get("samples")));
    assertEquals(2, number(underB.get("calls")));
    assertEquals(10_000_000 - 2 * 20, number(underB.get("nanos")), "less each call's 20 ns");
    assertEquals(List.of("-1"), numbers(stacks.get(4).get("frames")), "the other paths");
    assertEquals(
        "[other call paths: over 50,000 in one thread, or 1,000 deep]",
        document.get("otherPathsLabel"));
    Map<String, Object> raw = objects(read(JsonReport.of(clock, true)).get("stacks")).get(3);
    assertEquals(10_000_000, number(raw.get("nanos")), "--raw: as measured");
  }

  @SuppressWarnings("unchecked")
  private static List<String> numbers(Object array) {
    return ((List<Object>) array).stream().map(v -> ((BigDecimal) v).toPlainString()).toList();
  }
}
