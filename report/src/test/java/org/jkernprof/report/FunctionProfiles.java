package org.jkernprof.report;

import java.util.Arrays;
import java.util.List;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.RunInfo;

/**
 * Function-level results for report tests: the classic example's methods, plus recursion, a method
 * called only recursively, a static initializer, a nested class's constructor, a class without a
 * source file and a method never called. Times are made up, in nanoseconds.
 */
final class FunctionProfiles {
  static final String DEMO = "org.jkernprof.demo.";
  static final int MAIN = 0;
  static final int GENERATE_DATA = 1;
  static final int LAMBDA = 2;
  static final int PROCESS_DATA = 3;
  static final int FIB = 4;
  static final int STATS_INIT = 5;
  static final int CLINIT = 6;
  static final int VISIT = 7;
  static final int UNUSED = 8;
  static final int GENERATED = 9;

  private FunctionProfiles() {}

  static FunctionResults classic() {
    List<FunctionStats> functions =
        Arrays.asList(
            stats(
                "ClassicExample",
                "main",
                "([Ljava/lang/String;)V",
                36,
                1,
                1,
                2_400_000L,
                1_214_417_300L),
            stats(
                "ClassicExample",
                "generateData",
                "(I)Ljava/util/List;",
                18,
                1,
                1,
                27_100_000L,
                190_352_000L),
            stats(
                "ClassicExample",
                "lambda$generateData$0",
                "(Ljava/util/Random;I)Ljava/lang/Integer;",
                19,
                100_000,
                100_000,
                163_252_000L,
                163_252_000L),
            stats(
                "ClassicExample",
                "processData",
                "(Ljava/util/List;)J",
                24,
                1,
                1,
                1_019_200_000L,
                1_019_265_500L),
            stats("Recursion", "fib", "(I)J", 7, 177, 1, 1_500_000L, 1_500_000L),
            stats("ClassicExample$Stats", "<init>", "(JJ)V", 44, 3, 3, 65_500L, 65_500L),
            stats("ClassicExample", "<clinit>", "()V", 14, 1, 1, 2_500_000L, 2_500_000L),
            stats("Tree", "visit", "(LTree$Node;)V", 30, 4, 0, 500_000L, 0),
            stats("ClassicExample", "unused", "()V", 52, 0, 0, 0, 0),
            new FunctionStats(
                "com.acme.gen.Generated", "run", "()V", "", 0, 3, 3, 900_000L, 900_000L));
    List<CallEdge> edges =
        Arrays.asList(
            new CallEdge(CallEdge.UNPROFILED, MAIN, 1, 1, 2_400_000L, 1_214_417_300L),
            new CallEdge(CallEdge.UNPROFILED, CLINIT, 1, 1, 2_500_000L, 2_500_000L),
            new CallEdge(MAIN, GENERATE_DATA, 1, 1, 27_100_000L, 190_352_000L),
            new CallEdge(GENERATE_DATA, LAMBDA, 100_000, 100_000, 163_252_000L, 163_252_000L),
            new CallEdge(MAIN, PROCESS_DATA, 1, 1, 1_019_200_000L, 1_019_265_500L),
            new CallEdge(PROCESS_DATA, STATS_INIT, 3, 3, 65_500L, 65_500L),
            new CallEdge(MAIN, FIB, 1, 1, 8_500L, 1_500_000L),
            new CallEdge(FIB, FIB, 176, 0, 1_491_500L, 1_491_500L),
            new CallEdge(VISIT, VISIT, 4, 0, 500_000L, 0),
            new CallEdge(MAIN, GENERATED, 2, 2, 600_000L, 600_000L),
            new CallEdge(CallEdge.UNPROFILED, GENERATED, 1, 1, 300_000L, 300_000L));
    return new FunctionResults(
        new RunInfo("demo.jar", "17.0.15", 1_700_000_000_000L, 1_300_000_000L), functions, edges);
  }

  static FunctionStats stats(
      String simpleClass,
      String method,
      String descriptor,
      int line,
      long calls,
      long primitiveCalls,
      long totalNanos,
      long cumulativeNanos) {
    String outer =
        simpleClass.contains("$")
            ? simpleClass.substring(0, simpleClass.indexOf('$'))
            : simpleClass;
    return new FunctionStats(
        DEMO + simpleClass,
        method,
        descriptor,
        outer + ".java",
        line,
        calls,
        primitiveCalls,
        totalNanos,
        cumulativeNanos);
  }
}
