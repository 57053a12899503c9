package org.jkernprof.cli;

import picocli.CommandLine.Option;

/** The files a report can also be written to, shared by the profiling command and {@code view}. */
final class ExportOptions {
  @Option(
      names = "--html",
      paramLabel = "OUT",
      description = {
        "Also write the results as one HTML page to OUT (no network needed, opens from disk):"
            + " line by line, every method's source as a heat map; function level, the pstats"
            + " table and, from --timer=sampled, a flame graph."
      })
  String html;

  @Option(
      names = "--json",
      paramLabel = "OUT",
      description = {
        "Also write the results as JSON to OUT: the HTML page's data, schema in"
            + " docs/json-report.md."
      })
  String json;

  @Option(
      names = "--collapsed",
      paramLabel = "OUT",
      description = {
        "Function level: also write the call stacks to OUT as folded stacks (one"
            + " 'root;...;leaf weight' line per stack), the format of flamegraph.pl, speedscope"
            + " and async-profiler's converter. The weight is the stack's samples with"
            + " --timer=sampled; with the clock, the own time in nanoseconds of the calls that"
            + " took exactly that path (flamegraph.pl --countname=ns)."
      })
  String collapsed;

  /** Whether any export was asked for. */
  boolean any() {
    return html != null || json != null || collapsed != null;
  }
}
