package org.jkernprof.report;

import java.util.List;
import java.util.Optional;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineResultsDiff;
import org.jkernprof.results.LineResultsDiff.LineChange;
import org.jkernprof.results.LineResultsDiff.MethodChange;

/**
 * The JSON document of {@code jkernprof diff} (docs/json-report.md, kind {@code diff}), the data of
 * its HTML page: the text diff's heading, notes and summary, then the methods it shows, in its
 * order, each with its source lines and their figures before and after. Made from the objects the
 * text diff is made from ({@link DiffComparison}, {@link DiffRow}, {@link DiffSides}, {@link
 * SideTime}), so both say the same. A pure function of its arguments.
 */
public final class DiffDocument {
  private final LineResultsDiff diff;
  private final ReportOptions options;
  private final DiffSides sides;
  private final DiffComparison compared;

  private DiffDocument(DiffComparison compared, ReportOptions options) {
    this.diff = compared.diff();
    this.options = options.withColor(false);
    this.sides = new DiffSides(diff, this.options);
    this.compared = compared;
  }

  /**
   * The document of {@code compared}, with the arguments of {@link DiffReportRenderer#render(
   * DiffComparison, String, String, ReportOptions, boolean)}: the methods and lines that report
   * shows, with the same figures.
   */
  public static String render(
      DiffComparison compared,
      String baseName,
      String changedName,
      ReportOptions options,
      boolean all) {
    return new DiffDocument(compared, options).render(baseName, changedName, all);
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

  private void writeMethod(JsonWriter json, ComparedMethod method, MethodListing listing) {
    MethodChange change = method.change;
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
    for (DiffRow row : method.rows(listing)) {
      json.beginObject();
      switch (row.kind) {
        case GONE:
          json.member("line", 0).member("text", row.text.plain()).member("gone", true);
          break;
        case UNLISTED:
          json.member("line", row.line).member("text", "");
          break;
        default:
          json.member("line", row.line);
          json.member("text", row.text.plain());
          json.name("tokens").beginArray();
          row.text.forEachStyledRun(new LinesDocument.TokenList(json));
          json.endArray();
          json.member("textChanged", row.textChanged);
          break;
      }
      row.figures.ifPresent(line -> writeFigures(json, line));
      json.endObject();
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
