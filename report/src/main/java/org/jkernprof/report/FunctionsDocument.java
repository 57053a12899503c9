package org.jkernprof.report;

import java.util.List;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.CallPath;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.SampledStack;

/**
 * The JSON document of function results (docs/json-report.md, kind {@code functions}): every method
 * with its pstats figures, the call edges between them, and the call stacks the sampled timer kept
 * or the clock timer's call paths (no samples, their own time as nanoseconds), with the times the
 * text report would show.
 */
final class FunctionsDocument {
  private FunctionsDocument() {}

  /** The document of {@code results}: times less the probes' cost unless {@code raw}. */
  static String render(FunctionResults results, boolean raw) {
    FunctionResults shown = raw ? results : results.lessProbeCost();
    JsonWriter json = new JsonWriter().beginObject();
    DocumentHeader.write(json, "functions", results.run());
    json.name("timer").beginObject();
    json.member("name", results.isSampled() ? "sampled" : "clock");
    boolean corrected = !raw && !results.probeCosts().measured().isEmpty();
    json.member("corrected", corrected);
    String note =
        ProbeCostNote.of(results.probeCosts(), raw)
            .or(() -> SampledCallsNote.of(results))
            .map(DocumentHeader::bare)
            .orElse("");
    json.member("note", note);
    DocumentHeader.writeSampling(json, results.samplings());
    json.endObject();
    json.member("hasMemory", shown.hasMemory());
    long total = 0;
    json.name("functions").beginArray();
    for (StatsEntry entry : StatsEntry.of(shown)) {
      FunctionStats f = entry.stats();
      total += f.totalNanos();
      json.beginObject();
      json.member("id", entry.index());
      json.member("stdName", entry.stdName());
      json.member("label", entry.label());
      json.member("className", f.className());
      json.member("file", entry.fileName());
      json.member("line", entry.line());
      json.member("calls", f.calls());
      json.member("primitiveCalls", f.primitiveCalls());
      json.member("ownNanos", f.totalNanos());
      json.member("cumulativeNanos", f.cumulativeNanos());
      if (shown.hasMemory()) {
        json.member("allocatedBytes", f.ownBytes());
      }
      json.endObject();
    }
    json.endArray();
    json.member("totalNanos", total);
    json.name("edges").beginArray();
    for (CallEdge e : shown.edges()) {
      json.beginObject()
          .member("caller", e.caller())
          .member("callee", e.callee())
          .member("calls", e.calls())
          .member("primitiveCalls", e.primitiveCalls())
          .member("ownNanos", e.totalNanos())
          .member("cumulativeNanos", e.cumulativeNanos())
          .endObject();
    }
    json.endArray();
    json.name("stacks").beginArray();
    List<SampledStack> stacks = results.isSampled() ? results.stacks() : List.of();
    for (SampledStack stack : stacks) {
      json.beginObject().name("frames").beginArray();
      for (int i = 0; i < stack.depth(); i++) {
        json.value(stack.method(i));
      }
      json.endArray();
      json.member("samples", stack.samples()).member("nanos", stack.nanos()).endObject();
    }
    for (CallPath path : shown.paths()) {
      json.beginObject().name("frames").beginArray();
      for (int i = 0; i < path.depth(); i++) {
        json.value(path.method(i));
      }
      json.endArray();
      json.member("samples", 0).member("nanos", path.ownNanos());
      json.member("calls", path.calls()).endObject();
    }
    json.endArray();
    json.member("otherPathsLabel", CallPath.otherLabel());
    return json.endObject().text();
  }
}
