package org.jkernprof.report;

import static org.jkernprof.report.Profiles.line;
import static org.jkernprof.report.Profiles.method;
import static org.jkernprof.testsupport.JsonText.object;
import static org.jkernprof.testsupport.JsonText.objects;
import static org.jkernprof.testsupport.JsonText.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineResultsDiff;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.testsupport.JsonText;
import org.junit.jupiter.api.Test;

/**
 * The JSON document of a diff (docs/json-report.md, kind {@code diff}), read back by an independent
 * strict reader, holds the figures of the results it compares, and says what the text diff says.
 */
class DiffDocumentTest {
  private static final String PKG = "com.acme.shop.";

  /** Basics.total: its loop (lines 15 and 16) runs twice as often after. */
  private static final MethodProfile TOTAL_BEFORE = TextReportRendererGoldenTest.TOTAL;

  private static final MethodProfile TOTAL_AFTER =
      method(
          PKG + "Basics",
          "total",
          "(Ljava/util/List;)I",
          "Basics.java",
          1_300_000,
          line(14, 1, 1_300),
          line(15, 2_001, 620_000),
          line(16, 2_000, 480_000),
          line(17, 1_000, 90_000),
          line(18, 1, 900));

  /** The same hits on both sides: shown only with all. */
  private static final MethodProfile SQUARES = TextReportRendererGoldenTest.SUM_OF_SQUARES;

  /** Only before: vanished. */
  private static final MethodProfile ADD_INTS = TextReportRendererGoldenTest.ADD_INTS;

  /** Only after: new. */
  private static final MethodProfile ADD_DOUBLES = TextReportRendererGoldenTest.ADD_DOUBLES;

  private static LineResultsDiff diff() {
    LineResults before = Profiles.results(TOTAL_BEFORE, SQUARES, ADD_INTS);
    LineResults after = Profiles.results(TOTAL_AFTER, SQUARES, ADD_DOUBLES);
    return LineResultsDiff.of(before, after);
  }

  private static SourceResolver shop() {
    Path shop = GoldenFiles.resourceFolder("report/shop");
    return new SourceResolver(SourceResolver.searchPath(List.of(), shop, Optional.empty()), shop);
  }

  private static Map<String, Object> document(LineResultsDiff diff, boolean all) {
    String json =
        DiffDocument.render(
            DiffComparison.of(diff, shop(), Optional.empty(), true),
            "a.lprof",
            "b.lprof",
            ReportOptions.defaults(),
            all);
    assertFalse(json.contains("<"), "nothing an HTML page could take for markup");
    @SuppressWarnings("unchecked")
    Map<String, Object> document = (Map<String, Object>) JsonText.parse(json);
    return document;
  }

  private static String text(LineResultsDiff diff, boolean all) {
    return DiffReportRenderer.render(
        DiffComparison.of(diff, shop(), Optional.empty(), false),
        "a.lprof",
        "b.lprof",
        ReportOptions.defaults(),
        all);
  }

  @Test
  void theHeaderAndSummarySayWhatTheTextDiffSays() {
    Map<String, Object> doc = document(diff(), false);
    assertEquals("jkernprof", doc.get("format"));
    assertEquals("diff", doc.get("kind"));
    Map<String, Object> summary = object(doc.get("summary"));
    assertEquals(2, whole(summary.get("changedLines")));
    assertEquals(1, whole(summary.get("changedMethods")));
    assertEquals(1, whole(summary.get("newMethods")));
    assertEquals(1, whole(summary.get("vanishedMethods")));
    assertEquals(1, whole(summary.get("sameMethods")));
    String text = text(diff(), false);
    for (Object said :
        List.of(
            summary.get("text"),
            doc.get("heading"),
            doc.get("noiseNote"),
            doc.get("pairingNote"))) {
      assertTrue(text.contains((String) said), said + " is not in\n" + text);
    }
    assertEquals("a.lprof", object(doc.get("before")).get("name"));
    assertEquals(1, objects(object(doc.get("after")).get("runs")).size());
    assertEquals(false, doc.get("pairedByText"));
  }

  @Test
  void methodsComeInTheTextDiffsOrderAndSelection() {
    assertEquals(
        List.of("changed:total", "vanished:add", "new:add"), methodNames(document(diff(), false)));
    assertEquals(
        List.of("changed:total", "vanished:add", "new:add", "same:sumOfSquares"),
        methodNames(document(diff(), true)));
  }

  @Test
  void everyLineCarriesBothSidesFiguresAndTheChange() {
    Map<String, Object> total = objects(document(diff(), false).get("methods")).get(0);
    assertEquals(TOTAL_BEFORE.totalNanos(), whole(total.get("nanosBefore")));
    assertEquals(TOTAL_AFTER.totalNanos(), whole(total.get("nanosAfter")));
    assertEquals(2_000, whole(total.get("hitsChange")));
    List<Long> changed = new ArrayList<>();
    int withFigures = 0;
    for (Map<String, Object> row : objects(total.get("rows"))) {
      if (!row.containsKey("hitsBefore")) {
        continue;
      }
      withFigures++;
      int line = (int) whole(row.get("line"));
      long[] before = figures(TOTAL_BEFORE, line);
      long[] after = figures(TOTAL_AFTER, line);
      assertEquals(before[1], whole(row.get("hitsBefore")), "hits before of " + line);
      assertEquals(after[1], whole(row.get("hitsAfter")), "hits after of " + line);
      assertEquals(after[1] - before[1], whole(row.get("hitsChange")), "change of " + line);
      assertEquals(before[2], whole(row.get("nanosBefore")), "time before of " + line);
      assertEquals(after[2], whole(row.get("nanosAfter")), "time after of " + line);
      double ratio = (double) after[2] / before[2];
      assertEquals(ratio, ((BigDecimal) row.get("ratio")).doubleValue(), 1e-9);
      assertEquals(String.format(Locale.ROOT, "%.2f", ratio), row.get("ratioText"));
      assertEquals(false, row.get("withinNoise"), "one run a side: noise unknown");
      if (before[1] != after[1]) {
        changed.add((long) line);
      }
    }
    assertEquals(5, withFigures, "every line with figures");
    assertEquals(List.of(15L, 16L), changed);
  }

  @Test
  void aMethodOnlyOneSideHasHasNoFiguresOnTheOther() {
    List<Map<String, Object>> methods = objects(document(diff(), false).get("methods"));
    Map<String, Object> vanished = methods.get(1);
    Map<String, Object> row = rowOf(vanished, 23);
    assertEquals(5, whole(row.get("hitsBefore")));
    assertNull(row.get("hitsAfter"));
    assertNull(row.get("nanosAfter"));
    assertNull(row.get("ratio"));
    assertEquals(-5, whole(row.get("hitsChange")));
    Map<String, Object> fresh = methods.get(2);
    assertNull(rowOf(fresh, 28).get("hitsBefore"));
    assertEquals(2, whole(rowOf(fresh, 28).get("hitsAfter")));
  }

  /** Two runs a side: figures per run, their means, and the noise told from their spread. */
  @Test
  void severalRunsASideGiveFiguresPerRun() {
    MethodProfile add1 =
        method(PKG + "Basics", "add", "(II)I", "Basics.java", 1_000, line(23, 4, 1_000));
    MethodProfile add2 =
        method(PKG + "Basics", "add", "(II)I", "Basics.java", 1_100, line(23, 5, 1_100));
    MethodProfile add3 =
        method(PKG + "Basics", "add", "(II)I", "Basics.java", 1_050, line(23, 4, 1_050));
    LineResultsDiff diff =
        LineResultsDiff.of(
            List.of(Profiles.results(add1), Profiles.results(add2)),
            List.of(Profiles.results(add1), Profiles.results(add3)));
    Map<String, Object> doc = document(diff, true);
    assertEquals(2, objects(object(doc.get("before")).get("runs")).size());
    Map<String, Object> row = rowOf(objects(doc.get("methods")).get(0), 23);
    assertEquals(4.5, ((BigDecimal) row.get("hitsBefore")).doubleValue());
    assertEquals(4.0, ((BigDecimal) row.get("hitsAfter")).doubleValue());
    assertEquals(1_050, whole(row.get("nanosBefore")));
    assertEquals(1_025, whole(row.get("nanosAfter")));
    assertEquals(true, row.get("withinNoise"), "a 2 % change among runs 10 % apart");
    assertTrue(((String) row.get("ratioText")).endsWith("~"), row.toString());
  }

  private static List<String> methodNames(Map<String, Object> doc) {
    List<String> names = new ArrayList<>();
    for (Map<String, Object> m : objects(doc.get("methods"))) {
      String qualified = (String) m.get("qualifiedName");
      names.add(m.get("status") + ":" + qualified.substring(qualified.lastIndexOf('.') + 1));
    }
    return names;
  }

  private static Map<String, Object> rowOf(Map<String, Object> method, int line) {
    return objects(method.get("rows")).stream()
        .filter(r -> whole(r.get("line")) == line)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + line + " in " + method));
  }

  /** {line, hits, nanos} of {@code line} in {@code method}. */
  private static long[] figures(MethodProfile method, int line) {
    return method.lines().stream()
        .filter(l -> l.line() == line)
        .map(l -> new long[] {l.line(), l.hits(), l.nanos()})
        .findFirst()
        .orElseThrow();
  }
}
