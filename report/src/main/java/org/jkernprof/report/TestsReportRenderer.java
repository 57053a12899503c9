package org.jkernprof.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.TestProfile;

/**
 * Renders results split by test ({@code jkernprof view --by-test}): the timer unit, then for each
 * test that ran profiled code its name, its time, and the line report of its share in the usual
 * layout; then the tests that ran none. Tests come in the order they ended (within each JVM, when
 * results of several were merged), or with the longest time in profiled methods first. A pure
 * function of its arguments.
 */
public final class TestsReportRenderer {
  private TestsReportRenderer() {}

  public static String render(LineResults results, SourceResolver sources, ReportOptions options) {
    List<TestProfile> tests = new ArrayList<>(results.tests());
    if (options.sortByTime()) {
      tests.sort(Comparator.comparingLong(TestProfile::profiledNanos).reversed());
    }
    MethodListings builder = new MethodListings(new SourceFiles(sources, options.color()), results);
    StringBuilder out = new StringBuilder();
    // The tests' shares are stored without the profiler's own time: shown as measured.
    ShownTime shown = ShownTime.MEASURED;
    TextReportRenderer.appendTimerUnit(out, options, shown);
    List<String> idle = new ArrayList<>();
    for (TestProfile test : tests) {
      if (test.methods().isEmpty()) {
        idle.add(test.name());
        continue;
      }
      out.append("Test: ").append(test.name()).append('\n');
      out.append("Test time: ")
          .append(seconds(test.durationNanos()))
          .append(" s, in profiled methods: ")
          .append(seconds(test.profiledNanos()))
          .append(" s\n");
      if (test.concurrent()) {
        out.append("Ran beside other tests in its JVM: its lines include theirs.\n");
      }
      out.append('\n');
      TextReportRenderer.appendMethods(out, test.methods(), builder, options, false, shown);
    }
    if (!idle.isEmpty()) {
      out.append("Tests that ran no profiled code: ").append(idle.size()).append('\n');
      for (String name : idle) {
        out.append("  ").append(name).append('\n');
      }
      out.append('\n');
    }
    if (options.summarize()) {
      out.append(SummaryTable.renderTests(tests));
    }
    return out.toString();
  }

  private static String seconds(long nanos) {
    return PythonGFormat.format(BigDecimal.valueOf(nanos, 9));
  }
}
