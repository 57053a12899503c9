package org.jkernprof.e2e;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A line report as jkernprof prints it, read back from its text by {@link LineReportParser}: the
 * timer unit, one table per method, and the summary lines of {@code --summarize}. Immutable.
 *
 * @param lessPerEventNanos in a report whose times are corrected for the profiler's own cost, the
 *     least nanoseconds taken off a line event, as its header says; empty in a report of measured
 *     times
 * @param mostPerEventNanos the most taken off a line event (a line of no work), as the header says;
 *     the same as the least where the header gives one figure
 * @param samples in a report of the sampled timer, the samples its header says were taken; empty in
 *     a report of the clock timer
 */
record LineReport(
    String timerUnit,
    Optional<BigDecimal> lessPerEventNanos,
    Optional<BigDecimal> mostPerEventNanos,
    Optional<Long> samples,
    List<Method> methods,
    List<Summary> summary) {
  LineReport {
    methods = List.copyOf(methods);
    summary = List.copyOf(summary);
  }

  /** Parses {@code text}, failing the test on anything that is not in the report's layout. */
  static LineReport parse(String text) {
    return new LineReportParser(text).parse();
  }

  /**
   * How much of a probe's cost a line may or may not hide, as the header's range says: a line's own
   * time per hit is known to about this much.
   */
  Optional<BigDecimal> resolutionNanos() {
    return lessPerEventNanos.map(least -> mostPerEventNanos.orElseThrow().subtract(least));
  }

  /** The timer unit in seconds: {@code 1e-06} for the default microseconds. */
  BigDecimal timerUnitSeconds() {
    return new BigDecimal(timerUnit);
  }

  /** The only method whose {@code Function:} is {@code function}. */
  Method method(String function) {
    List<Method> matching = methods.stream().filter(m -> m.function().equals(function)).toList();
    if (matching.size() != 1) {
      throw new AssertionError(
          matching.size()
              + " methods named "
              + function
              + " in the report; it lists "
              + functions());
    }
    return matching.get(0);
  }

  /** The {@code Function:} of every method, in report order. */
  List<String> functions() {
    return methods.stream().map(Method::function).toList();
  }

  /**
   * One method's block.
   *
   * @param totalTime the {@code Total time:} as printed ({@code %g} of the seconds)
   * @param note the line saying why the source is not shown in full, if there is one
   */
  record Method(
      String totalTime,
      String file,
      String function,
      int declarationLine,
      Optional<String> note,
      List<Row> rows) {
    Method {
      rows = List.copyOf(rows);
    }

    BigDecimal totalSeconds() {
      return new BigDecimal(totalTime);
    }

    /** The only row whose contents contain {@code text}. */
    Row rowContaining(String text) {
      List<Row> matching = rows.stream().filter(r -> r.contents().contains(text)).toList();
      if (matching.size() != 1) {
        throw new AssertionError(
            matching.size() + " rows of " + function + " contain '" + text + "': " + rows);
      }
      return matching.get(0);
    }

    /** The rows that ran: those with numbers. */
    List<Row> rowsThatRan() {
      return rows.stream().filter(r -> r.hits() != null).toList();
    }
  }

  /**
   * One row of a method's table. The numbers are {@code null} on lines that never ran; {@code
   * percent} is also {@code null} when the method's total time is zero.
   *
   * @param nearZero whether the row shows {@code ~0} for its corrected time (within the noise of
   *     the profiler's calibration); its time, per hit and percent are then zero
   */
  record Row(
      int line,
      Long hits,
      BigDecimal time,
      BigDecimal perHit,
      BigDecimal percent,
      String contents,
      boolean nearZero) {}

  /** One line of the closing summary: {@code SECONDS seconds - FILE:LINE - FUNCTION}. */
  record Summary(BigDecimal seconds, String file, int line, String function) {}
}
