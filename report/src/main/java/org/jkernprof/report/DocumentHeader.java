package org.jkernprof.report;

import java.util.List;
import org.jkernprof.results.RunInfo;
import org.jkernprof.results.Sampling;

/** The members every JSON report document starts with, and the timer's sampling figures. */
final class DocumentHeader {
  /** The document format's name, the first member of every document. */
  static final String FORMAT = "jkernprof";

  /** The schema's version: a reader refuses a greater one. */
  static final int VERSION = 1;

  private DocumentHeader() {}

  /** {@code "format"}, {@code "version"}, {@code "kind"} and the {@code "run"} object. */
  static void write(JsonWriter json, String kind, RunInfo run) {
    json.member("format", FORMAT).member("version", VERSION).member("kind", kind);
    json.name("run");
    writeRun(json, run);
  }

  /**
   * A run's object: {@code command}, {@code jvm}, {@code startEpochMillis}, {@code durationNanos}.
   */
  static void writeRun(JsonWriter json, RunInfo run) {
    json.beginObject();
    json.member("command", run.command());
    json.member("jvm", run.jvmVersion());
    json.member("startEpochMillis", run.startEpochMillis());
    json.member("durationNanos", run.durationNanos());
    json.endObject();
  }

  /** {@code "intervalNanos"} and {@code "samples"}: null for results of the clock timer. */
  static void writeSampling(JsonWriter json, List<Sampling> samplings) {
    if (samplings.isEmpty()) {
      json.name("intervalNanos").nullValue();
      json.name("samples").nullValue();
      return;
    }
    long samples = 0;
    long interval = Long.MAX_VALUE;
    for (Sampling s : samplings) {
      samples += s.samples();
      interval = Math.min(interval, s.intervalNanos());
    }
    json.member("intervalNanos", interval).member("samples", samples);
  }

  /** A header note such as {@code " (sampled every 1 ms, ...)"} without its space and brackets. */
  static String bare(String note) {
    String s = note.strip();
    return s.startsWith("(") && s.endsWith(")") ? s.substring(1, s.length() - 1) : s;
  }
}
