package org.jkernprof.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jkernprof.testsupport.JsonText;

/**
 * The lines of a {@code jkernprof diff --json} document (docs/json-report.md, kind {@code diff})
 * that have figures on either side: per run, their hits and times before and after, and whether the
 * diff called the time's change within the noise.
 */
final class DiffLines {
  /** One compared line; a side without figures has 0 hits and 0 ns. */
  static final class Line {
    /** The line's number in the newer source; 0 for a base line gone from it. */
    final int line;

    /** Its source text, empty where the runs saved none and no source was found. */
    final String text;

    final double hitsBefore;
    final double hitsAfter;
    final double nanosBefore;
    final double nanosAfter;
    final boolean withinNoise;

    Line(
        int line,
        String text,
        double hitsBefore,
        double hitsAfter,
        double nanosBefore,
        double nanosAfter,
        boolean withinNoise) {
      this.line = line;
      this.text = text;
      this.hitsBefore = hitsBefore;
      this.hitsAfter = hitsAfter;
      this.nanosBefore = nanosBefore;
      this.nanosAfter = nanosAfter;
      this.withinNoise = withinNoise;
    }

    /** Whether both sides have time, so the diff shows a ratio. */
    boolean timedOnBothSides() {
      return nanosBefore > 0 && nanosAfter > 0;
    }

    /** How far the time moved, either way: 1.5 for 10 → 15 ns and for 15 → 10 ns. */
    double change() {
      double ratio = nanosAfter / nanosBefore;
      return Math.max(ratio, 1 / ratio);
    }

    boolean hitsChanged() {
      return hitsBefore != hitsAfter;
    }
  }

  private DiffLines() {}

  /**
   * Runs {@code jkernprof diff --all --json} (with {@code --raw} if {@code raw}) on the runs {@code
   * before} and {@code after}, each side's files joined by {@code ,}, in {@code work}; its lines.
   */
  static List<Line> diff(
      BenchmarkInputs inputs, Path work, List<Path> before, List<Path> after, boolean raw) {
    Path json = work.resolve("diff-lines.json");
    List<String> command =
        ChildProcess.command(
            inputs.launcher.toString(), "diff", "--all", "--json", json.toString());
    if (raw) {
      command.add("--raw");
    }
    command.add(joined(before));
    command.add(joined(after));
    ChildProcess.run(command, work, false).checkedOutput(command);
    return read(json);
  }

  private static String joined(List<Path> runs) {
    List<String> names = new ArrayList<>();
    runs.forEach(p -> names.add(p.toString()));
    return String.join(",", names);
  }

  /** Every line with figures, of every method of {@code json}. */
  @SuppressWarnings("unchecked")
  static List<Line> read(Path json) {
    Map<String, Object> document;
    try {
      document =
          (Map<String, Object>) JsonText.parse(Files.readString(json, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + json, e);
    }
    if (!"diff".equals(document.get("kind"))) {
      throw new IllegalStateException(json + " is not a diff: kind " + document.get("kind"));
    }
    List<Line> lines = new ArrayList<>();
    for (Object method : (List<Object>) document.get("methods")) {
      for (Object row : (List<Object>) ((Map<String, Object>) method).get("rows")) {
        Map<String, Object> r = (Map<String, Object>) row;
        if (r.get("hitsBefore") != null || r.get("hitsAfter") != null) {
          lines.add(
              new Line(
                  (int) number(r, "line"),
                  r.get("text") == null ? "" : (String) r.get("text"),
                  number(r, "hitsBefore"),
                  number(r, "hitsAfter"),
                  number(r, "nanosBefore"),
                  number(r, "nanosAfter"),
                  Boolean.TRUE.equals(r.get("withinNoise"))));
        }
      }
    }
    return lines;
  }

  private static double number(Map<String, Object> row, String member) {
    Object value = row.get(member);
    return value == null ? 0 : ((BigDecimal) value).doubleValue();
  }
}
