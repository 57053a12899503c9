package org.jkernprof.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The line statistics of one profiled method, including the lines of lambdas and anonymous or local
 * classes written inside it. Immutable; lines are sorted by line number.
 *
 * <p>{@link #totalNanos()} is the time spent in the method's own frames. The time of a lambda's
 * lines is also inside the time of the line that ran the lambda, so the lines' times may add up to
 * more than the total, as nested blocks do.
 */
public final class MethodProfile {
  /** A class, not Comparator.comparingInt: results are made at exit, where lambdas cost. */
  private static final Comparator<LineStats> BY_LINE =
      new Comparator<LineStats>() {
        @Override
        public int compare(LineStats a, LineStats b) {
          return Integer.compare(a.line(), b.line());
        }
      };

  private final String className;
  private final String methodName;
  private final String descriptor;
  private final String sourceFile;
  private final long totalNanos;
  private final List<LineStats> lines;
  private final long allocatedBytes;
  private final long probeNanos;

  /**
   * @param className the binary name of the declaring class, with dots ({@code
   *     com.acme.Outer$Inner})
   * @param methodName the method's name; {@code <init>} for a constructor
   * @param descriptor the JVM method descriptor, such as {@code (I)Ljava/util/List;}
   * @param sourceFile the class file's SourceFile attribute ({@code Outer.java}); empty if unknown
   * @param totalNanos the wall time spent in the method's own frames, in nanoseconds
   * @param lines the statistics per line, in any order, at most one entry per line
   */
  public MethodProfile(
      String className,
      String methodName,
      String descriptor,
      String sourceFile,
      long totalNanos,
      List<LineStats> lines) {
    this(className, methodName, descriptor, sourceFile, totalNanos, 0, 0, lines);
  }

  private MethodProfile(
      String className,
      String methodName,
      String descriptor,
      String sourceFile,
      long totalNanos,
      long allocatedBytes,
      long probeNanos,
      List<LineStats> lines) {
    this.className = Objects.requireNonNull(className, "className");
    this.methodName = Objects.requireNonNull(methodName, "methodName");
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    this.sourceFile = Objects.requireNonNull(sourceFile, "sourceFile");
    if (totalNanos < 0 || allocatedBytes < 0 || probeNanos < 0 || probeNanos > totalNanos) {
      throw new IllegalArgumentException(
          "negative total time "
              + totalNanos
              + ", allocation "
              + allocatedBytes
              + " or probe time "
              + probeNanos
              + " (at most the total)");
    }
    this.totalNanos = totalNanos;
    this.allocatedBytes = allocatedBytes;
    this.probeNanos = probeNanos;
    List<LineStats> sorted = new ArrayList<>(lines);
    sorted.sort(BY_LINE);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).line() == sorted.get(i - 1).line()) {
        throw new IllegalArgumentException(
            "line " + sorted.get(i).line() + " listed twice in " + qualifiedName());
      }
    }
    this.lines = Collections.unmodifiableList(sorted);
  }

  /**
   * This method with memory figures: {@code allocated}, the bytes its own frames allocated (its
   * callees included), and {@code newLines}, its lines with theirs.
   */
  public MethodProfile withMemory(long allocated, List<LineStats> newLines) {
    return new MethodProfile(
        className, methodName, descriptor, sourceFile, totalNanos, allocated, probeNanos, newLines);
  }

  /**
   * This method with the profiler's own work known: {@code ownProbeNanos}, what is taken out of its
   * total (at most the total: the sum over its own lines of what is taken out of each, never more
   * than a line's time), and {@code newLines}, its lines with theirs.
   */
  public MethodProfile withProbes(long ownProbeNanos, List<LineStats> newLines) {
    return new MethodProfile(
        className,
        methodName,
        descriptor,
        sourceFile,
        totalNanos,
        allocatedBytes,
        ownProbeNanos,
        newLines);
  }

  /** This method with {@code newLines}, its lines with their sample counts (the sampled timer). */
  public MethodProfile withSampledLines(List<LineStats> newLines) {
    return new MethodProfile(
        className,
        methodName,
        descriptor,
        sourceFile,
        totalNanos,
        allocatedBytes,
        probeNanos,
        newLines);
  }

  private MethodProfile(MethodProfile method, long totalNanos, List<LineStats> sortedLines) {
    this.className = method.className;
    this.methodName = method.methodName;
    this.descriptor = method.descriptor;
    this.sourceFile = method.sourceFile;
    if (totalNanos < 0) {
      throw new IllegalArgumentException("negative total time " + totalNanos);
    }
    this.totalNanos = totalNanos;
    this.allocatedBytes = 0;
    this.probeNanos = 0;
    this.lines = Collections.unmodifiableList(sortedLines);
  }

  /**
   * The same method with other statistics (no memory figures), for a reader: {@code sortedLines}
   * must be sorted by line number, hold each line once and never change, and is kept as it is, not
   * copied, so that it may be a view such as {@link TestLines}.
   */
  static MethodProfile withSortedLines(
      MethodProfile method, long totalNanos, List<LineStats> sortedLines) {
    return new MethodProfile(method, totalNanos, sortedLines);
  }

  public String className() {
    return className;
  }

  public String methodName() {
    return methodName;
  }

  public String descriptor() {
    return descriptor;
  }

  public String sourceFile() {
    return sourceFile;
  }

  public List<LineStats> lines() {
    return lines;
  }

  /** The class name without its package: {@code Outer$Inner}. */
  public String simpleClassName() {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** The package name, empty for the default package. */
  public String packageName() {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot);
  }

  /**
   * Where the source file sits below a source root, by the Java convention: {@code
   * com/acme/Outer.java}. Empty if the class file did not record its source file name.
   */
  public String sourcePath() {
    if (sourceFile.isEmpty()) {
      return "";
    }
    String pkg = packageName();
    return pkg.isEmpty() ? sourceFile : pkg.replace('.', '/') + '/' + sourceFile;
  }

  /** {@code com.acme.Outer.method}, the identity used in messages and summaries. */
  public String qualifiedName() {
    return className + '.' + methodName;
  }

  /** The key that identifies the same method across results files. */
  public String key() {
    return key(className, methodName, descriptor);
  }

  /** The {@link #key()} of the method {@code className.methodName descriptor}. */
  public static String key(String className, String methodName, String descriptor) {
    return className + '.' + methodName + descriptor;
  }

  /** The wall time spent in the method's own frames, in nanoseconds. */
  public long totalNanos() {
    return totalNanos;
  }

  /** The profiler's own work inside {@link #totalNanos()}, as taken out of the lines; 0 if none. */
  public long probeNanos() {
    return probeNanos;
  }

  /** The method's time less the profiler's own work in it. */
  public long totalNanosLessProbes() {
    return totalNanos - probeNanos;
  }

  /** Whether any line of this method ever ran. */
  public boolean wasCalled() {
    for (LineStats l : lines) {
      if (l.hits() > 0) {
        return true;
      }
    }
    return false;
  }

  /** The lowest line number with statistics, or 0 if there are none. */
  public int firstLine() {
    return lines.isEmpty() ? 0 : lines.get(0).line();
  }

  /** The highest line number with statistics, or 0 if there are none. */
  public int lastLine() {
    return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).line();
  }

  /**
   * The bytes allocated while the method's own frames ran, its callees included, as its time counts
   * them; 0 without memory counting.
   */
  public long allocatedBytes() {
    return allocatedBytes;
  }

  /** Returns this profile summed line by line with {@code other}, which must be the same method. */
  public MethodProfile plus(MethodProfile other) {
    if (!key().equals(other.key())) {
      throw new IllegalArgumentException("cannot add " + other.key() + " to " + key());
    }
    Map<Integer, LineStats> byLine = new TreeMap<>();
    for (LineStats l : lines) {
      byLine.put(l.line(), l);
    }
    for (LineStats l : other.lines) {
      byLine.merge(l.line(), l, LineStats::plus);
    }
    String source = sourceFile.isEmpty() ? other.sourceFile : sourceFile;
    return new MethodProfile(
        className,
        methodName,
        descriptor,
        source,
        totalNanos + other.totalNanos,
        allocatedBytes + other.allocatedBytes,
        probeNanos + other.probeNanos,
        new ArrayList<>(byLine.values()));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MethodProfile)) {
      return false;
    }
    MethodProfile that = (MethodProfile) o;
    return key().equals(that.key())
        && sourceFile.equals(that.sourceFile)
        && totalNanos == that.totalNanos
        && allocatedBytes == that.allocatedBytes
        && probeNanos == that.probeNanos
        && lines.equals(that.lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key(), sourceFile, totalNanos, allocatedBytes, lines);
  }

  @Override
  public String toString() {
    return key() + " " + lines;
  }
}
