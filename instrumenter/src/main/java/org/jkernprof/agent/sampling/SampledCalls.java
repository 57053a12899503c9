package org.jkernprof.agent.sampling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What wall-clock samples say about the calls of profiled methods, for function mode with the
 * sampled timer. Of each sample only its profiled frames count, in stack order (frames of other
 * code between them are skipped); with its weight, a sample counts
 *
 * <ul>
 *   <li>towards the <em>own</em> weight of its innermost profiled frame's method;
 *   <li>towards the <em>cumulative</em> weight of every method among its profiled frames, once
 *       however often the method is there (recursion);
 *   <li>towards every <em>edge</em> between a profiled frame and the next profiled frame outside it
 *       ({@link #UNPROFILED} outside the outermost), once per distinct pair, and towards the edge's
 *       own weight for the innermost pair;
 *   <li>towards its <em>stack</em>: the profiled frames' methods and lines, root first.
 * </ul>
 *
 * Methods are the indices {@link MethodIndex} gives. Immutable.
 */
public final class SampledCalls {
  /** The caller of an edge whose callee is the outermost profiled frame. */
  public static final int UNPROFILED = -1;

  /** Which methods are profiled, and their indices. */
  public interface MethodIndex {
    /** The method's index, at least 0, or a negative number if it is not profiled. */
    int indexOf(String className, String methodName, String descriptor);
  }

  private final long totalWeight;
  private final long profiledWeight;
  private final long[] own;
  private final long[] cumulative;
  private final int[] edgeCallers;
  private final int[] edgeCallees;
  private final long[] edgeWeights;
  private final long[] edgeOwnWeights;
  private final List<int[]> stackMethods;
  private final List<int[]> stackLines;
  private final long[] stackWeights;

  private SampledCalls(Counting c) {
    totalWeight = c.total;
    profiledWeight = c.profiled;
    own = c.own.clone();
    cumulative = c.cumulative.clone();
    int edges = c.edges.size();
    edgeCallers = new int[edges];
    edgeCallees = new int[edges];
    edgeWeights = new long[edges];
    edgeOwnWeights = new long[edges];
    int e = 0;
    for (Map.Entry<Long, long[]> edge : c.edges.entrySet()) {
      edgeCallers[e] = (int) (edge.getKey() >> 32) - 1;
      edgeCallees[e] = (int) (long) edge.getKey();
      edgeWeights[e] = edge.getValue()[0];
      edgeOwnWeights[e] = edge.getValue()[1];
      e++;
    }
    stackMethods = new ArrayList<>(c.stacks.size());
    stackLines = new ArrayList<>(c.stacks.size());
    stackWeights = new long[c.stacks.size()];
    int s = 0;
    for (Map.Entry<StackKey, long[]> stack : c.stacks.entrySet()) {
      stackMethods.add(stack.getKey().methods);
      stackLines.add(stack.getKey().lines);
      stackWeights[s++] = stack.getValue()[0];
    }
  }

  /**
   * Counts {@code samples} for the methods {@code index} knows, whose indices are below {@code
   * methods}.
   */
  public static SampledCalls count(List<StackSample> samples, MethodIndex index, int methods) {
    Counting c = new Counting(methods);
    // Per frame line seen, its method's index: one look-up per frame, no key string built.
    Map<SampledLine, Integer> indexByLine = new HashMap<>();
    int[] profiled = new int[16];
    int[] lines = new int[16];
    for (StackSample sample : samples) {
      long w = sample.weight();
      c.total += w;
      // The profiled frames, innermost first as the sample has them.
      int depth = 0;
      for (SampledFrame f : sample.frames()) {
        Integer at = indexByLine.get(f.line());
        if (at == null) {
          at = index.indexOf(f.className(), f.methodName(), f.descriptor());
          indexByLine.put(f.line(), at);
        }
        if (at >= 0 && at < methods) {
          if (depth == profiled.length) {
            profiled = Arrays.copyOf(profiled, 2 * depth);
            lines = Arrays.copyOf(lines, 2 * depth);
          }
          profiled[depth] = at;
          lines[depth] = f.lineNumber();
          depth++;
        }
      }
      if (depth > 0) {
        c.add(profiled, lines, depth, w);
      }
    }
    return new SampledCalls(c);
  }

  /** The weight of all samples, of every thread, profiled frames or not. */
  public long totalWeight() {
    return totalWeight;
  }

  /** The weight of the samples with at least one profiled frame. */
  public long profiledWeight() {
    return profiledWeight;
  }

  /** The weight of the samples whose innermost profiled frame is method {@code m}'s. */
  public long ownWeight(int m) {
    return own[m];
  }

  /** The weight of the samples with a frame of method {@code m}, each sample once. */
  public long cumulativeWeight(int m) {
    return cumulative[m];
  }

  /** How many distinct caller-callee pairs the samples caught. */
  public int edgeCount() {
    return edgeCallers.length;
  }

  /** Edge {@code e}'s caller, {@link #UNPROFILED} where the callee was the outermost frame. */
  public int edgeCaller(int e) {
    return edgeCallers[e];
  }

  public int edgeCallee(int e) {
    return edgeCallees[e];
  }

  /** The weight of the samples that caught edge {@code e}, each sample once. */
  public long edgeWeight(int e) {
    return edgeWeights[e];
  }

  /** The weight of the samples whose innermost pair of profiled frames is edge {@code e}. */
  public long edgeOwnWeight(int e) {
    return edgeOwnWeights[e];
  }

  /** How many distinct stacks of profiled frames the samples caught. */
  public int stackCount() {
    return stackWeights.length;
  }

  /** Stack {@code s}'s methods, root first. */
  public int[] stackMethods(int s) {
    return stackMethods.get(s).clone();
  }

  /** The lines stack {@code s}'s frames were on, root first; {@code -1} where unknown. */
  public int[] stackLines(int s) {
    return stackLines.get(s).clone();
  }

  /** The weight of the samples that caught exactly stack {@code s}. */
  public long stackWeight(int s) {
    return stackWeights[s];
  }

  /** The sums while the samples are counted. */
  private static final class Counting {
    final long[] own;
    final long[] cumulative;
    final Map<Long, long[]> edges = new LinkedHashMap<>();
    final Map<StackKey, long[]> stacks = new LinkedHashMap<>();
    long total;
    long profiled;

    /** Per method, the last sample that counted it: so that each sample counts once. */
    private final long[] lastSeen;

    private long sampleNumber;

    Counting(int methods) {
      own = new long[methods];
      cumulative = new long[methods];
      lastSeen = new long[methods];
      Arrays.fill(lastSeen, -1);
    }

    /** Adds one sample whose profiled frames, innermost first, are {@code frames[0..depth)}. */
    void add(int[] frames, int[] lines, int depth, long w) {
      long number = sampleNumber++;
      profiled += w;
      own[frames[0]] += w;
      for (int i = 0; i < depth; i++) {
        int m = frames[i];
        if (lastSeen[m] != number) {
          lastSeen[m] = number;
          cumulative[m] += w;
        }
        int caller = i + 1 < depth ? frames[i + 1] : UNPROFILED;
        long key = ((long) (caller + 1) << 32) | m;
        // Weight, own weight, the last sample that counted it.
        long[] edge = edges.get(key);
        if (edge == null) {
          edge = new long[] {0, 0, -1};
          edges.put(key, edge);
        }
        if (edge[2] != number) {
          edge[2] = number;
          edge[0] += w;
        }
        if (i == 0) {
          edge[1] += w;
        }
      }
      int[] rootFirst = new int[depth];
      int[] rootFirstLines = new int[depth];
      for (int i = 0; i < depth; i++) {
        rootFirst[i] = frames[depth - 1 - i];
        rootFirstLines[i] = lines[depth - 1 - i];
      }
      StackKey stack = new StackKey(rootFirst, rootFirstLines);
      long[] weight = stacks.get(stack);
      if (weight == null) {
        weight = new long[1];
        stacks.put(stack, weight);
      }
      weight[0] += w;
    }
  }

  /** A stack's frames, methods and lines root first, as a map key. */
  private static final class StackKey {
    final int[] methods;
    final int[] lines;
    private final int hash;

    StackKey(int[] methods, int[] lines) {
      this.methods = methods;
      this.lines = lines;
      this.hash = 31 * Arrays.hashCode(methods) + Arrays.hashCode(lines);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StackKey
          && Arrays.equals(methods, ((StackKey) o).methods)
          && Arrays.equals(lines, ((StackKey) o).lines);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
