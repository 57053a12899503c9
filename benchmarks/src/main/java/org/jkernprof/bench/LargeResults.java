package org.jkernprof.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.LprofWriter;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.RunInfo;

/**
 * Writes a results file as large as a big application's: {@link #CLASSES} classes of {@link
 * #METHODS_PER_CLASS} methods, each with {@link #LINES_PER_METHOD} lines that ran, and the Java
 * sources those methods are declared in, so the report can be timed with and without its sources.
 * Runs with the agent jar on the class path, whose {@code LprofWriter} writes the file.
 *
 * <p>Usage: {@code LargeResults RESULTS_FILE SOURCE_ROOT}.
 */
public final class LargeResults {
  static final int CLASSES = 500;
  static final int METHODS_PER_CLASS = 20;
  static final int METHODS = CLASSES * METHODS_PER_CLASS;
  static final int LINES_PER_METHOD = 20;
  static final String PACKAGE = "com.example.generated";

  /** Where a benchmark folder holds the results file and the sources it wrote. */
  record Written(Path results, Path sources) {}

  private LargeResults() {}

  /**
   * The results file and sources in {@code work}, written by a JVM of their own the first time a
   * benchmark of this run asks for them there.
   */
  static synchronized Written in(BenchmarkInputs inputs, Path work) {
    Written written = new Written(work.resolve("large.lprof"), work.resolve("large-src"));
    if (!Files.exists(written.results())) {
      ChildProcess.runMain(
          inputs,
          work,
          LargeResults.class,
          written.results().toString(),
          written.sources().toString());
    }
    return written;
  }

  public static void main(String[] args) throws IOException {
    Path results = Path.of(args[0]);
    Path sourceRoot = Path.of(args[1]);
    Path packageFolder = sourceRoot.resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(packageFolder);
    Random random = new Random(42);
    List<MethodProfile> methods = new ArrayList<>();
    for (int c = 0; c < CLASSES; c++) {
      String simpleName = "Generated" + c;
      StringBuilder source = new StringBuilder();
      source.append("package ").append(PACKAGE).append(";\n\n");
      source.append("public class ").append(simpleName).append(" {\n");
      int line = 4;
      for (int m = 0; m < METHODS_PER_CLASS; m++) {
        line = writeMethod(source, line, "step" + m, PACKAGE + "." + simpleName, random, methods);
      }
      source.append("}\n");
      Files.writeString(packageFolder.resolve(simpleName + ".java"), source);
    }
    RunInfo run =
        new RunInfo(
            PACKAGE + ".Main",
            System.getProperty("java.version"),
            1_700_000_000_000L,
            60_000_000_000L);
    LprofWriter.write(new LineResults(run, methods), results);
  }

  /**
   * Appends a method whose declaration starts at {@code line}: a loop, a branch and plain
   * statements, {@link #LINES_PER_METHOD} lines with statistics (closing braces have none, as in a
   * real line table), then a blank line. Returns the line after it.
   */
  private static int writeMethod(
      StringBuilder source,
      int line,
      String name,
      String className,
      Random random,
      List<MethodProfile> methods) {
    List<LineStats> stats = new ArrayList<>();
    source.append("  static long ").append(name).append("(long seed, int rounds) {\n");
    int declaration = line++;
    List<String> body = new ArrayList<>();
    body.add("long acc = seed;");
    body.add("for (int i = 0; i < rounds; i++) {");
    for (int s = 0; s < LINES_PER_METHOD - 5; s++) {
      body.add("  acc = acc * 31 + i * " + (s + 1) + ";");
    }
    body.add("  if ((acc & 1) == 0) {");
    body.add("    acc ^= acc >>> 7;");
    body.add("  }");
    body.add("}");
    long total = 0;
    for (String statement : body) {
      source.append("    ").append(statement).append('\n');
      if (!statement.trim().equals("}")) {
        long hits = 1 + random.nextInt(100_000);
        long nanos = hits * (20 + random.nextInt(400));
        stats.add(new LineStats(line, hits, nanos));
        total += nanos;
      }
      line++;
    }
    source.append("    return acc;\n");
    stats.add(new LineStats(line++, 1000, 25_000));
    source.append("  }\n\n");
    line += 2;
    methods.add(
        new MethodProfile(
            className,
            name,
            "(JI)J",
            className.substring(className.lastIndexOf('.') + 1) + ".java",
            total + 25_000,
            stats));
    return line;
  }
}
