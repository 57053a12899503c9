package org.jkernprof.report;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineResultsDiff;
import org.jkernprof.results.LineResultsDiff.LineChange;
import org.jkernprof.results.LineResultsDiff.MethodChange;

/**
 * The JSON document of {@code jkernprof diff} (docs/json-report.md, kind {@code diff}), the data of
 * its HTML page: the text diff's heading, notes and summary, then the methods it shows, in its
 * order, each with its source lines and their figures before and after. Made from the objects the
 * text diff is made from ({@link ComparedMethod}, {@link DiffSides}, {@link SideTime}), so both say
 * the same. A pure function of its arguments.
 */
public final class DiffDocument {
  private final LineResultsDiff diff;
  private final ReportOptions options;
  private final DiffSides sides;
  private final ComparedMethods compared;

  private DiffDocument(LineResultsDiff diff, ReportOptions options, ComparedMethods compared) {
    this.diff = diff;
    this.options = options.withColor(false);
    this.sides = new DiffSides(diff, this.options);
    this.compared = compared;
  }

  /**
   * The document of {@code diff}, with the arguments of {@link DiffReportRenderer#render(
   * LineResultsDiff, String, String, SourceResolver, Optional, ReportOptions, boolean)}: the
   * methods and lines that report shows, with the same figures.
   */
  public static String render(
      LineResultsDiff diff,
      String baseName,
      String changedName,
      SourceResolver sources,
      Optional<SourceResolver> baseSources,
      ReportOptions options,
      boolean all) {
    ComparedMethods compared = ComparedMethods.of(diff, sources, baseSources, true);
    return new DiffDocument(diff, options, compared).render(baseName, changedName, all);
  }

  private String render(String baseName, String changedName, boolean all) {
    int baseRuns = diff.baseRuns().size();
    int changedRuns = diff.changedRuns().size();
    boolean sampled = diff.baseRuns().get(0).isSampled();
    JsonWriter json = new JsonWriter().beginObject();
    json.member("format", DocumentHeader.FORMAT)
        .member("version", DocumentHeader.VERSION)
        .member("kind", "diff");
    writeSide(json, "before", baseName, diff.baseRuns());
    writeSide(json, "after", changedName, diff.changedRuns());
    json.member(
        "heading", DiffReportRenderer.comparing(baseName, baseRuns, changedName, changedRuns));
    json.name("timer").beginObject();
    json.member("name", sampled ? "sampled" : "clock");
    json.member("raw", options.raw());
    json.endObject();
    json.member("unitSeconds", options.unitSeconds());
    json.member("noiseNote", DiffReportRenderer.noiseNote(baseRuns, changedRuns, sampled));
    json.member("pairedByText", compared.pairedByText());
    json.member("pairingNote", compared.pairingNote());
    json.member("hasMemory", sides.memory);
    json.member("all", all);
    DiffCounts counts = DiffCounts.of(compared.changes());
    json.name("summary").beginObject();
    json.member("changedLines", counts.changedLines);
    json.member("changedMethods", counts.changedMethods);
    json.member("newMethods", counts.newMethods);
    json.member("vanishedMethods", counts.vanishedMethods);
    json.member("sameMethods", counts.sameMethods);
    json.member("text", counts.sentence(all));
    json.endObject();
    json.name("tokenKinds").beginArray();
    LinesDocument.TOKEN_KINDS.forEach(json::value);
    json.endArray();
    json.name("methods").beginArray();
    for (ComparedMethod method : compared.methods()) {
      if (all || method.change.hitsChanged()) {
        writeMethod(json, method, compared.listing(method));
      }
    }
    json.endArray();
    return json.endObject().text();
  }

  private static void writeSide(
      JsonWriter json, String name, String files, List<LineResults> runs) {
    json.name(name).beginObject();
    json.member("name", files);
    json.name("runs").beginArray();
    runs.forEach(r -> DocumentHeader.writeRun(json, r.run()));
    json.endArray();
    json.endObject();
  }

  private void writeMethod(JsonWriter json, ComparedMethod compared, MethodListing listing) {
    MethodChange change = compared.change;
    json.beginObject();
    json.member("function", listing.functionName());
    json.member("qualifiedName", change.method().qualifiedName());
    json.member("file", listing.filePath());
    json.member("line", listing.declarationLine());
    json.member(
        "status",
        change.isNew()
            ? "new"
            : change.vanished() ? "vanished" : change.hitsChanged() ? "changed" : "same");
    json.member("hitsChange", change.hitsChange());
    SideTime before = SideTime.ofMethod(change.beforeRuns(), sides.before, sides.beforeTimes);
    SideTime after = SideTime.ofMethod(change.afterRuns(), sides.after, sides.afterTimes);
    json.member("nanosBefore", before.mean());
    json.member("nanosAfter", after.mean());
    writeRatio(json, before, after);
    listing.note().ifPresent(note -> json.member("note", note));
    json.name("rows").beginArray();
    Map<Integer, LineChange> byLine = compared.linesByNumber();
    Set<Integer> shown = new HashSet<>();
    for (ListingRow row : listing.rows()) {
      shown.add(row.line());
      json.beginObject();
      json.member("line", row.line());
      json.member("text", row.contents());
      json.name("tokens").beginArray();
      row.styledContents().forEachStyledRun(new LinesDocument.TokenList(json));
      json.endArray();
      json.member("textChanged", compared.changedText.contains(row.line()));
      LineChange line = byLine.get(row.line());
      if (line != null) {
        writeFigures(json, line);
      }
      json.endObject();
    }
    for (LineChange line : change.lines()) {
      if (line.line() > 0 && !shown.contains(line.line())) {
        json.beginObject().member("line", line.line()).member("text", "");
        writeFigures(json, line);
        json.endObject();
      }
    }
    for (LineChange line : change.lines()) {
      if (line.line() == 0) {
        String text =
            compared
                .baseListing
                .flatMap(b -> DiffReportRenderer.textOf(b, line.baseLine()))
                .orElse("");
        json.beginObject().member("line", 0).member("text", text).member("gone", true);
        writeFigures(json, line);
        json.endObject();
      }
    }
    json.endArray();
    json.endObject();
  }

  /**
   * A line's figures on both sides, as the text diff's row shows them; null where a side has none.
   */
  private void writeFigures(JsonWriter json, LineChange line) {
    SideTime before = SideTime.ofLine(line.beforeRuns(), sides.before, sides.beforeTimes);
    SideTime after = SideTime.ofLine(line.afterRuns(), sides.after, sides.afterTimes);
    json.member("baseLine", line.baseLine());
    nullable(json, "hitsBefore", line.inBefore(), line.hitsBefore());
    nullable(json, "hitsAfter", line.inAfter(), line.hitsAfter());
    json.member("hitsChange", line.hitsAfter() - line.hitsBefore());
    nullable(json, "nanosBefore", line.inBefore(), before.mean());
    nullable(json, "nanosAfter", line.inAfter(), after.mean());
    if (line.inBefore() && line.inAfter()) {
      writeRatio(json, before, after);
    } else {
      json.name("ratio").nullValue();
      json.name("ratioText").nullValue();
      json.member("withinNoise", false);
    }
    if (sides.memory) {
      nullable(json, "bytesBefore", line.inBefore(), line.bytesBefore());
      nullable(json, "bytesAfter", line.inAfter(), line.bytesAfter());
    }
  }

  /** {@code ratio} (after over before), its text as the text diff shows it, and the noise flag. */
  private static void writeRatio(JsonWriter json, SideTime before, SideTime after) {
    Optional<String> text = DiffReportRenderer.ratio(before, after);
    if (text.isPresent()) {
      json.member("ratio", after.mean() / before.mean());
    } else {
      json.name("ratio").nullValue();
    }
    json.member("ratioText", text.orElse(null));
    json.member("withinNoise", text.isPresent() && SideTime.withinNoise(before, after));
  }

  private static void nullable(JsonWriter json, String name, boolean present, double value) {
    if (present) {
      json.member(name, value);
    } else {
      json.name(name).nullValue();
    }
  }
}
