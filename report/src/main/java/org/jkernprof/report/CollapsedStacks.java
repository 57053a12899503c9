package org.jkernprof.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.SampledStack;

/**
 * Brendan Gregg's folded (collapsed) stacks of sampled function results: one line per distinct
 * stack of profiled methods, root first, frames joined by {@code ;}, then a space and the stack's
 * samples, as {@code flamegraph.pl}, speedscope and async-profiler's converter read them. A frame
 * is the method's binary class name and name ({@code com.acme.Report.build}); stacks that differ
 * only in their lines are summed.
 */
public final class CollapsedStacks {
  private CollapsedStacks() {}

  /**
   * The folded stacks of {@code results}, one per line, in the order of their first appearance.
   *
   * @throws IllegalArgumentException if the results hold no stacks (the clock timer's)
   */
  public static String render(FunctionResults results) {
    if (!results.isSampled()) {
      throw new IllegalArgumentException("results of the clock timer hold no stacks");
    }
    List<String> frames = new ArrayList<>();
    for (FunctionStats f : results.functions()) {
      frames.add(frame(f));
    }
    Map<String, Long> samplesByPath = new LinkedHashMap<>();
    for (SampledStack stack : results.stacks()) {
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < stack.depth(); i++) {
        if (i > 0) {
          path.append(';');
        }
        path.append(frames.get(stack.method(i)));
      }
      samplesByPath.merge(path.toString(), stack.samples(), Long::sum);
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Long> e : samplesByPath.entrySet()) {
      out.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
    }
    return out.toString();
  }

  /** A method as a frame: no {@code ;} (none in a JVM name) and no white space, which ends it. */
  private static String frame(FunctionStats f) {
    return (f.className() + "." + f.methodName()).replaceAll("\\s", "_");
  }
}
