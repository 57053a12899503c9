package org.jkernprof.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.MethodProfile;

/**
 * How far the sampled timer's line times agree with async-profiler's on the same workload, the
 * oracle run without jkernprof: the top lines by time, and the spread of time over the lines of
 * each hot method. A line counts for a sample when it is anywhere on the sampled stack, once per
 * sample, as the line report counts a line's callees. Also whether the sampled run's hits equal the
 * clock timer's, line by line.
 */
final class LineAgreement {
  /** A source line of one method. */
  private static final class Line {
    final String method;
    final int line;

    Line(String method, int line) {
      this.method = method;
      this.line = line;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Line && ((Line) o).method.equals(method) && ((Line) o).line == line;
    }

    @Override
    public int hashCode() {
      return method.hashCode() * 31 + line;
    }

    @Override
    public String toString() {
      return method + ":" + line;
    }
  }

  /** The figures of one comparison. */
  static final class Result {
    final int sharedTop;
    final double medianDistance;
    final int methodsCompared;
    final long linesCompared;
    final long linesWithOtherHits;
    final String detail;

    Result(
        int sharedTop,
        double medianDistance,
        int methodsCompared,
        long linesCompared,
        long linesWithOtherHits,
        String detail) {
      this.sharedTop = sharedTop;
      this.medianDistance = medianDistance;
      this.methodsCompared = methodsCompared;
      this.linesCompared = linesCompared;
      this.linesWithOtherHits = linesWithOtherHits;
      this.detail = detail;
    }
  }

  /** Lines compared at the top. */
  static final int TOP = 15;

  /** Hot methods whose line shares are compared. */
  private static final int HOT_METHODS = 10;

  /** A method's line holds at least this share of its samples to count as one of its lines. */
  private static final double SPREAD_LINE_SHARE = 0.10;

  private static final String PACKAGE = "org.jsoup.";

  private LineAgreement() {}

  /**
   * Compares in a JVM of its own, with the agent jar (which holds the results reader) on the class
   * path: {@code LineAgreement SAMPLED.lprof CLOCK.lprof ASYNC-PROFILER.jfr} prints {@link
   * #FIGURES} and the figures, then the detail tables.
   */
  public static void main(String[] args) {
    Result r = compare(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    System.out.println(
        FIGURES
            + " "
            + r.sharedTop
            + " "
            + r.medianDistance
            + " "
            + r.methodsCompared
            + " "
            + r.linesCompared
            + " "
            + r.linesWithOtherHits);
    System.out.print(r.detail);
  }

  /** The first word of the line of figures {@link #main} prints. */
  static final String FIGURES = "agreement:";

  /** Reads what {@link #main} printed. */
  static Result parse(String output) {
    int at = output.indexOf(FIGURES);
    if (at < 0) {
      throw new IllegalStateException("no agreement figures in:\n" + output);
    }
    int end = output.indexOf('\n', at);
    String[] f = output.substring(at, end).trim().split(" ");
    return new Result(
        Integer.parseInt(f[1]),
        Double.parseDouble(f[2]),
        Integer.parseInt(f[3]),
        Long.parseLong(f[4]),
        Long.parseLong(f[5]),
        output.substring(end + 1));
  }

  static Result compare(Path sampledLprof, Path clockLprof, Path asyncProfilerJfr) {
    LineResults sampled = read(sampledLprof);
    Map<Line, Long> ours = new HashMap<>();
    Map<Line, Long> sampledHits = new HashMap<>();
    for (MethodProfile m : sampled.methods()) {
      for (LineStats l : m.lines()) {
        if (l.samples() > 0) {
          ours.merge(new Line(sourceOf(m.className()), l.line()), l.samples(), Long::sum);
        }
        sampledHits.merge(new Line(methodKey(m), l.line()), l.hits(), Long::sum);
      }
    }
    Map<Line, Long> clockHits = new HashMap<>();
    for (MethodProfile m : read(clockLprof).methods()) {
      for (LineStats l : m.lines()) {
        clockHits.merge(new Line(methodKey(m), l.line()), l.hits(), Long::sum);
      }
    }
    Set<Line> allLines = new HashSet<>(sampledHits.keySet());
    allLines.addAll(clockHits.keySet());
    long otherHits = 0;
    for (Line l : allLines) {
      if (!sampledHits.getOrDefault(l, 0L).equals(clockHits.getOrDefault(l, 0L))) {
        otherHits++;
      }
    }

    Map<Line, Long> theirs = new HashMap<>();
    Map<Line, Long> theirsByMethod = oracle(asyncProfilerJfr, theirs);
    List<Line> ourTop = top(ours, TOP);
    List<Line> theirTop = top(theirs, TOP);
    Set<Line> shared = new LinkedHashSet<>(ourTop);
    shared.retainAll(new HashSet<>(theirTop));

    StringBuilder detail = new StringBuilder();
    detail.append(
        "| rank | async-profiler's top source lines | share | jkernprof's share | jkernprof's rank"
            + " |\n");
    detail.append("|---:|---|---:|---:|---:|\n");
    double ourTotal = total(ours);
    double theirTotal = total(theirs);
    for (int i = 0; i < theirTop.size(); i++) {
      Line l = theirTop.get(i);
      int ourRank = ourTop.indexOf(l);
      detail.append(
          CostTable.format(
              "| %d | %s | %.1f %% | %.1f %% | %s |%n",
              i + 1,
              l,
              100 * theirs.get(l) / theirTotal,
              100 * ours.getOrDefault(l, 0L) / ourTotal,
              ourRank < 0 ? "not in top " + TOP : Integer.toString(ourRank + 1)));
    }

    List<Double> distances = new ArrayList<>();
    detail.append("\n| hot method (async-profiler's samples) | lines | distance |\n");
    detail.append("|---|---:|---:|\n");
    for (String method : spreadMethods(theirsByMethod)) {
      String source = sourceOf(method.substring(0, method.lastIndexOf('.', method.indexOf('('))));
      Map<Integer, Long> a = new HashMap<>();
      Map<Integer, Long> b = new HashMap<>();
      for (int line : linesOf(theirsByMethod, method).keySet()) {
        a.put(line, theirs.getOrDefault(new Line(source, line), 0L));
        b.put(line, ours.getOrDefault(new Line(source, line), 0L));
      }
      double distance = totalVariation(a, b);
      distances.add(distance);
      detail.append(
          CostTable.format(
              "| %s (%d) | %d | %.3f |%n", method, (long) total(a), a.size(), distance));
    }
    return new Result(
        shared.size(),
        distances.isEmpty() ? Double.NaN : Medians.of(distances),
        distances.size(),
        allLines.size(),
        otherHits,
        detail.toString());
  }

  /**
   * Per line of each method, async-profiler's samples holding it anywhere on their stack, once per
   * sample; {@code bySource} gets the same per source line (outer class and line number), which is
   * what the line report shows: code nested in a method (a lambda, an anonymous class) is listed in
   * place, in that method's table.
   */
  private static Map<Line, Long> oracle(Path jfr, Map<Line, Long> bySource) {
    Map<Line, Long> counts = new HashMap<>();
    try (RecordingFile recording = new RecordingFile(jfr)) {
      while (recording.hasMoreEvents()) {
        RecordedEvent event = recording.readEvent();
        if (event.getStackTrace() == null
            || !event.getEventType().getName().equals("jdk.ExecutionSample")) {
          continue;
        }
        Set<Line> onStack = new HashSet<>();
        Set<Line> sourceLines = new HashSet<>();
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
          if (!frame.isJavaFrame() || frame.getLineNumber() <= 0) {
            continue;
          }
          String type = frame.getMethod().getType().getName();
          if (type.startsWith(PACKAGE)) {
            sourceLines.add(new Line(sourceOf(type), frame.getLineNumber()));
            onStack.add(
                new Line(
                    type + "." + frame.getMethod().getName() + frame.getMethod().getDescriptor(),
                    frame.getLineNumber()));
          }
        }
        for (Line l : onStack) {
          counts.merge(l, 1L, Long::sum);
        }
        for (Line l : sourceLines) {
          bySource.merge(l, 1L, Long::sum);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jfr, e);
    }
    if (counts.isEmpty()) {
      throw new IllegalStateException("async-profiler recorded no sample in jsoup: " + jfr);
    }
    return counts;
  }

  /**
   * The hottest methods (by async-profiler's samples on their busiest line) whose time spreads over
   * two lines or more, each holding a tenth of the method's samples or more.
   */
  private static List<String> spreadMethods(Map<Line, Long> theirs) {
    Map<String, Long> busiest = new HashMap<>();
    for (Map.Entry<Line, Long> e : theirs.entrySet()) {
      busiest.merge(e.getKey().method, e.getValue(), Math::max);
    }
    List<String> methods = new ArrayList<>(busiest.keySet());
    methods.sort(Comparator.comparing(busiest::get).reversed());
    List<String> spread = new ArrayList<>();
    for (String m : methods) {
      Map<Integer, Long> lines = linesOf(theirs, m);
      double total = total(lines);
      long big = lines.values().stream().filter(v -> v >= SPREAD_LINE_SHARE * total).count();
      if (big >= 2 && total >= 100) {
        spread.add(m);
      }
      if (spread.size() == HOT_METHODS) {
        break;
      }
    }
    return spread;
  }

  private static Map<Integer, Long> linesOf(Map<Line, Long> counts, String method) {
    Map<Integer, Long> lines = new HashMap<>();
    for (Map.Entry<Line, Long> e : counts.entrySet()) {
      if (e.getKey().method.equals(method)) {
        lines.put(e.getKey().line, e.getValue());
      }
    }
    return lines;
  }

  /** Half the sum of the absolute differences of the two distributions' shares. */
  static double totalVariation(Map<Integer, Long> a, Map<Integer, Long> b) {
    double totalA = total(a);
    double totalB = total(b);
    if (totalA == 0 || totalB == 0) {
      return 1;
    }
    Set<Integer> lines = new HashSet<>(a.keySet());
    lines.addAll(b.keySet());
    double sum = 0;
    for (int line : lines) {
      sum += Math.abs(a.getOrDefault(line, 0L) / totalA - b.getOrDefault(line, 0L) / totalB);
    }
    return sum / 2;
  }

  private static <K> List<K> top(Map<K, Long> counts, int n) {
    List<K> keys = new ArrayList<>(counts.keySet());
    keys.sort(Comparator.comparing(counts::get).reversed());
    return keys.subList(0, Math.min(n, keys.size()));
  }

  private static double total(Map<?, Long> counts) {
    double sum = 0;
    for (long v : counts.values()) {
      sum += v;
    }
    return sum;
  }

  /** The top-level class of a binary class name: the source file a line number belongs to. */
  private static String sourceOf(String className) {
    int nested = className.indexOf('$');
    return nested < 0 ? className : className.substring(0, nested);
  }

  private static String methodKey(MethodProfile m) {
    return m.className().replace('/', '.') + "." + m.methodName() + m.descriptor();
  }

  private static LineResults read(Path lprof) {
    try {
      return LprofReader.read(lprof);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + lprof, e);
    }
  }
}
