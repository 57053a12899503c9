package org.jkernprof.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmarks' {@code KnownCosts truth} measured without the agent: the nanoseconds per
 * call of each line's code, in line order, and of the whole method. Immutable.
 */
record KnownCostTruth(List<Line> lines, double methodNanos) {
  private static final Pattern LINE =
      Pattern.compile("line (\\d+): (\\d+) steps, (\\d+\\.\\d+) ns");
  private static final Pattern METHOD = Pattern.compile("method: (\\d+\\.\\d+) ns \\(\\d\\)");

  KnownCostTruth {
    lines = List.copyOf(lines);
  }

  /** One line: how many steps of {@code spin} it makes, and what that costs per call. */
  record Line(int steps, double nanos) {}

  /** Reads the program's output, failing the test on anything else. */
  static KnownCostTruth parse(JvmResult result) {
    List<Line> lines = new ArrayList<>();
    Double method = null;
    for (String text : result.stdoutLines()) {
      Matcher line = LINE.matcher(text);
      Matcher whole = METHOD.matcher(text);
      if (line.matches() && Integer.parseInt(line.group(1)) == lines.size() && method == null) {
        lines.add(new Line(Integer.parseInt(line.group(2)), Double.parseDouble(line.group(3))));
      } else if (whole.matches() && method == null) {
        method = Double.parseDouble(whole.group(1));
      } else if (!text.isEmpty()) {
        throw new AssertionError("unexpected line '" + text + "'\n" + result.describe());
      }
    }
    if (lines.isEmpty() || method == null || result.exitCode != 0) {
      throw new AssertionError("the truth run did not finish\n" + result.describe());
    }
    return new KnownCostTruth(lines, method);
  }

  /** The lines' nanoseconds summed: one call of the method, less its own entry and exit. */
  double sumNanos() {
    return lines.stream().mapToDouble(Line::nanos).sum();
  }

  /** Line {@code k}'s true share of the method's time, in percent. */
  double sharePercent(int k) {
    return 100 * lines.get(k).nanos() / sumNanos();
  }
}
