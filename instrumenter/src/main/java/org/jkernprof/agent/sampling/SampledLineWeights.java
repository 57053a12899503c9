package org.jkernprof.agent.sampling;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The sampled weight of each line of the profiled methods, in all and per thread.
 *
 * <p>A sample counts, with its weight, once for every distinct line of a profiled method on its
 * stack: a line's weight includes the time of the calls it makes, and a line on the stack twice
 * (recursion) counts once, as an inclusive line time does.
 */
public final class SampledLineWeights {
  /** Where a frame's line counts for nothing: its method is not profiled. */
  private static final CountedLine NOT_PROFILED = new CountedLine(null, null);

  /** The profiled line a frame's line counts for, with its method's key. */
  private static final class CountedLine {
    final SampledLine line;
    final String methodKey;

    private CountedLine(SampledLine line, String methodKey) {
      this.line = line;
      this.methodKey = methodKey;
    }

    static CountedLine of(SampledLine line) {
      return line == null
          ? NOT_PROFILED
          : new CountedLine(line, line.className() + '.' + line.methodName() + line.descriptor());
    }
  }

  private final long totalWeight;
  private final long profiledWeight;
  private final Map<SampledLine, Long> byLine;
  private final Map<String, Long> byMethod;
  private final Map<Long, Long> totalByThread;
  private final Map<Long, Map<SampledLine, Long>> byThread;

  private SampledLineWeights(
      long totalWeight,
      long profiledWeight,
      Map<SampledLine, Long> byLine,
      Map<String, Long> byMethod,
      Map<Long, Long> totalByThread,
      Map<Long, Map<SampledLine, Long>> byThread) {
    this.totalWeight = totalWeight;
    this.profiledWeight = profiledWeight;
    this.byLine = Collections.unmodifiableMap(byLine);
    this.byMethod = Collections.unmodifiableMap(byMethod);
    this.totalByThread = Collections.unmodifiableMap(totalByThread);
    Map<Long, Map<SampledLine, Long>> threads = new LinkedHashMap<>();
    for (Map.Entry<Long, Map<SampledLine, Long>> e : byThread.entrySet()) {
      threads.put(e.getKey(), Collections.unmodifiableMap(e.getValue()));
    }
    this.byThread = Collections.unmodifiableMap(threads);
  }

  /** Counts the lines of the methods {@code profiled} accepts over all of {@code stacks}. */
  public static SampledLineWeights count(SampledStacks stacks, ProfiledMethods profiled) {
    // Per line seen, the profiled line it counts for, or NOT_PROFILED: one look-up per frame.
    Map<SampledLine, CountedLine> countedFor = new HashMap<>();
    Map<SampledLine, Long> byLine = new LinkedHashMap<>();
    Map<String, Long> byMethod = new LinkedHashMap<>();
    Set<String> methodsOnStack = new HashSet<>();
    Map<Long, Long> totalByThread = new LinkedHashMap<>();
    Map<Long, Map<SampledLine, Long>> byThread = new LinkedHashMap<>();
    Set<SampledLine> onStack = new HashSet<>();
    long total = 0;
    long profiledTotal = 0;
    for (StackSample sample : stacks.samples()) {
      long w = sample.weight();
      total += w;
      Long thread = sample.threadId();
      add(totalByThread, thread, w);
      onStack.clear();
      methodsOnStack.clear();
      for (SampledFrame f : sample.frames()) {
        CountedLine counted = countedFor.get(f.line());
        if (counted == null) {
          counted = CountedLine.of(profiled.reportsInto(f.line()));
          countedFor.put(f.line(), counted);
        }
        if (counted != NOT_PROFILED) {
          onStack.add(counted.line);
          methodsOnStack.add(counted.methodKey);
        }
      }
      if (onStack.isEmpty()) {
        continue;
      }
      profiledTotal += w;
      Map<SampledLine, Long> threadLines = byThread.get(thread);
      if (threadLines == null) {
        threadLines = new LinkedHashMap<>();
        byThread.put(thread, threadLines);
      }
      for (SampledLine line : onStack) {
        add(byLine, line, w);
        add(threadLines, line, w);
      }
      for (String method : methodsOnStack) {
        add(byMethod, method, w);
      }
    }
    return new SampledLineWeights(total, profiledTotal, byLine, byMethod, totalByThread, byThread);
  }

  /** Adds without {@code Map.merge}'s method reference, which would spin a lambda at exit. */
  private static <K> void add(Map<K, Long> map, K key, long weight) {
    Long before = map.get(key);
    map.put(key, before == null ? weight : before + weight);
  }

  /** The weight of all samples, of every thread, profiled or not. */
  public long totalWeight() {
    return totalWeight;
  }

  /** The weight of the samples with at least one profiled method on their stack. */
  public long profiledWeight() {
    return profiledWeight;
  }

  /** The weight of each line of a profiled method seen on a stack; unmodifiable. */
  public Map<SampledLine, Long> byLine() {
    return byLine;
  }

  /** The weight of one line, 0 where no sample saw it. */
  public long weight(SampledLine line) {
    Long w = byLine.get(line);
    return w == null ? 0 : w;
  }

  /**
   * The weight of the samples with a frame of the method on their stack, each sample counted once
   * however many of its frames are the method's (recursion); 0 where no sample saw it.
   */
  public long methodWeight(String className, String methodName, String descriptor) {
    Long w = byMethod.get(className + '.' + methodName + descriptor);
    return w == null ? 0 : w;
  }

  /** The ids of the threads sampled, in order of first sample. */
  public Set<Long> threadIds() {
    return totalByThread.keySet();
  }

  /** The weight of all samples of one thread, 0 for a thread never sampled. */
  public long totalWeight(long threadId) {
    Long w = totalByThread.get(threadId);
    return w == null ? 0 : w;
  }

  /** The weight of each profiled line on one thread's stacks; empty for a thread without any. */
  public Map<SampledLine, Long> byLine(long threadId) {
    Map<SampledLine, Long> lines = byThread.get(threadId);
    return lines == null ? Collections.<SampledLine, Long>emptyMap() : lines;
  }
}
