package org.jkernprof.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jkernprof.results.CallPath;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.SampledStack;

/**
 * Brendan Gregg's folded (collapsed) stacks of function results: one line per distinct stack of
 * profiled methods, root first, frames joined by {@code ;}, then a space and the stack's weight, as
 * {@code flamegraph.pl}, speedscope and async-profiler's converter read them. A frame is the
 * method's binary class name and name ({@code com.acme.Report.build}); stacks that differ only in
 * their lines are summed. The sampled timer's stacks weigh their samples; the clock timer's call
 * paths their own time in nanoseconds ({@code flamegraph.pl --countname=ns}), paths of no own time
 * left out, and the frames the tree's bounds kept out are one frame {@value #OTHER_FRAME}.
 */
public final class CollapsedStacks {
  /** The frame of the clock's other call paths (see {@link CallPath#OTHER}). */
  static final String OTHER_FRAME = "[other_call_paths]";

  private CollapsedStacks() {}

  /**
   * The folded stacks of {@code results}, one per line, in the order of their first appearance:
   * none for results that keep no stacks (line results, clock files before 1.4).
   */
  public static String render(FunctionResults results) {
    List<String> frames = new ArrayList<>();
    for (FunctionStats f : results.functions()) {
      frames.add(frame(f));
    }
    Map<String, Long> weightByPath = new LinkedHashMap<>();
    for (SampledStack stack : results.stacks()) {
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < stack.depth(); i++) {
        path.append(i == 0 ? "" : ";").append(frames.get(stack.method(i)));
      }
      weightByPath.merge(path.toString(), stack.samples(), Long::sum);
    }
    for (CallPath callPath : results.paths()) {
      if (callPath.ownNanos() == 0) {
        continue;
      }
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < callPath.depth(); i++) {
        path.append(i == 0 ? "" : ";");
        path.append(callPath.isOther() ? OTHER_FRAME : frames.get(callPath.method(i)));
      }
      weightByPath.merge(path.toString(), callPath.ownNanos(), Long::sum);
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Long> e : weightByPath.entrySet()) {
      out.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
    }
    return out.toString();
  }

  /** A method as a frame: no {@code ;} (none in a JVM name) and no white space, which ends it. */
  private static String frame(FunctionStats f) {
    return (f.className() + "." + f.methodName()).replaceAll("\\s", "_");
  }
}
