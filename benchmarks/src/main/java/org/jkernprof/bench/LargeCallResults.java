package org.jkernprof.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jkernprof.results.CallEdge;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.ProfWriter;
import org.jkernprof.results.RunInfo;
import org.jkernprof.results.SampledStack;
import org.jkernprof.results.Sampling;

/**
 * Writes function results of the sampled timer as large as a big application's: {@link #FUNCTIONS}
 * methods called along {@link #STACKS} distinct stacks of 3 to 16 frames, each method calling
 * {@link #CALLEES} others, so that the HTML report's pstats table and flame graph can be timed.
 * Runs with the agent jar on the class path, whose {@code ProfWriter} writes the file.
 *
 * <p>Usage: {@code LargeCallResults RESULTS_FILE}.
 */
public final class LargeCallResults {
  static final int FUNCTIONS = 10_000;
  static final int STACKS = 50_000;

  /** The methods each method calls. */
  private static final int CALLEES = 4;

  private static final long INTERVAL_NANOS = 1_000_000;

  private LargeCallResults() {}

  public static void main(String[] args) throws IOException {
    Random random = new Random(42);
    // Method m calls a few methods of higher ids, as a program's methods call a few others:
    // stacks grow from the low ids, as from main.
    int[][] callees = new int[FUNCTIONS][];
    for (int m = 0; m < FUNCTIONS; m++) {
      callees[m] = new int[CALLEES];
      for (int k = 0; k < CALLEES; k++) {
        callees[m][k] = Math.min(FUNCTIONS - 1, m + 1 + random.nextInt(FUNCTIONS / 8));
      }
    }
    Map<String, SampledStack> stacks = new LinkedHashMap<>();
    long[] own = new long[FUNCTIONS];
    long[] cumulative = new long[FUNCTIONS];
    Map<Long, long[]> edges = new LinkedHashMap<>();
    while (stacks.size() < STACKS) {
      int depth = 3 + random.nextInt(14);
      int[] methods = new int[depth];
      int[] lines = new int[depth];
      methods[0] = random.nextInt(10);
      for (int i = 1; i < depth; i++) {
        int[] choices = callees[methods[i - 1]];
        methods[i] = choices[random.nextInt(choices.length)];
      }
      for (int i = 0; i < depth; i++) {
        lines[i] = 10 + random.nextInt(50);
      }
      String key = java.util.Arrays.toString(methods) + java.util.Arrays.toString(lines);
      if (stacks.containsKey(key)) {
        continue;
      }
      long samples = 1 + random.nextInt(20);
      stacks.put(key, new SampledStack(methods, lines, samples, samples * INTERVAL_NANOS));
      own[methods[depth - 1]] += samples * INTERVAL_NANOS;
      for (int i = 0; i < depth; i++) {
        cumulative[methods[i]] += samples * INTERVAL_NANOS;
        int caller = i == 0 ? CallEdge.UNPROFILED : methods[i - 1];
        long edgeKey = ((long) (caller + 1) << 32) | methods[i];
        long[] edge = edges.computeIfAbsent(edgeKey, k -> new long[2]);
        edge[0] += samples;
        edge[1] += samples * INTERVAL_NANOS;
      }
    }
    List<FunctionStats> functions = new ArrayList<>();
    long samplesInAll = 0;
    for (SampledStack s : stacks.values()) {
      samplesInAll += s.samples();
    }
    for (int m = 0; m < FUNCTIONS; m++) {
      int c = m / 20;
      long calls = 1 + random.nextInt(100_000);
      functions.add(
          new FunctionStats(
              LargeResults.PACKAGE + ".Generated" + c,
              "step" + (m % 20),
              "(JI)J",
              "Generated" + c + ".java",
              4 + 20 * (m % 20),
              calls,
              calls,
              own[m],
              cumulative[m]));
    }
    List<CallEdge> callEdges = new ArrayList<>();
    for (Map.Entry<Long, long[]> e : edges.entrySet()) {
      int caller = (int) (e.getKey() >> 32) - 1;
      int callee = (int) (long) e.getKey();
      long[] v = e.getValue();
      callEdges.add(new CallEdge(caller, callee, v[0], v[0], 0, v[1]));
    }
    RunInfo run =
        new RunInfo(
            LargeResults.PACKAGE + ".Main",
            System.getProperty("java.version"),
            1_700_000_000_000L,
            60_000_000_000L);
    FunctionResults results =
        new FunctionResults(run, functions, callEdges)
            .withSamples(
                List.of(new Sampling(INTERVAL_NANOS, samplesInAll)),
                new ArrayList<>(stacks.values()));
    ProfWriter.write(results, Path.of(args[0]));
  }
}
