package org.jkernprof.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.RunInfo;

/** Builds results for report tests; line numbers match javac's line tables of the fixtures. */
final class Profiles {
  private Profiles() {}

  static LineResults results(MethodProfile... methods) {
    return new LineResults(
        new RunInfo("com.acme.shop.Main", "17.0.15", 0, 1_000_000_000L), Arrays.asList(methods));
  }

  /** {@code lines} are {@code {line, hits, nanos}} triples. */
  static MethodProfile method(
      String className,
      String methodName,
      String descriptor,
      String sourceFile,
      long totalNanos,
      long[]... lines) {
    List<LineStats> stats = new ArrayList<>();
    for (long[] l : lines) {
      stats.add(new LineStats((int) l[0], l[1], l[2]));
    }
    return new MethodProfile(className, methodName, descriptor, sourceFile, totalNanos, stats);
  }

  static long[] line(int line, long hits, long nanos) {
    return new long[] {line, hits, nanos};
  }
}
