package org.jkernprof.report;

import java.util.ArrayList;
import java.util.List;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;

/**
 * One method of a function-level report with the names pstats would show for it: the file, the
 * method's label ({@code Outer.Inner.method}, {@code Point.<init>}, {@code Main.lambda$main$0}) and
 * the standard name {@code File.java:LINE(label)} the report prints and patterns match.
 */
final class StatsEntry {
  /** The file shown for classes compiled without a SourceFile attribute. */
  static final String UNKNOWN_FILE = "<unknown>";

  private final int index;
  private final FunctionStats stats;
  private final String fileName;
  private final String label;
  private final String stdName;

  private StatsEntry(int index, FunctionStats stats) {
    this.index = index;
    this.stats = stats;
    this.fileName = stats.sourceFile().isEmpty() ? UNKNOWN_FILE : stats.sourceFile();
    this.label = labelOf(stats);
    this.stdName = fileName + ":" + stats.firstLine() + "(" + label + ")";
  }

  /** {@code Outer.Inner.method}: how the reports name a method. */
  static String labelOf(FunctionStats stats) {
    return ClassDisplayNames.simpleName(stats.className()) + "." + stats.methodName();
  }

  /** {@code File.java:LINE(label)}: pstats's standard name of a method. */
  static String standardName(FunctionStats stats) {
    return new StatsEntry(-1, stats).stdName;
  }

  /** An entry per method of {@code results}, in their order, so index {@code i} is method i. */
  static List<StatsEntry> of(FunctionResults results) {
    List<StatsEntry> entries = new ArrayList<>(results.functions().size());
    for (FunctionStats stats : results.functions()) {
      entries.add(new StatsEntry(entries.size(), stats));
    }
    return entries;
  }

  /** The method's index in {@link FunctionResults#functions()}, as call edges name it. */
  int index() {
    return index;
  }

  FunctionStats stats() {
    return stats;
  }

  String fileName() {
    return fileName;
  }

  int line() {
    return stats.firstLine();
  }

  String label() {
    return label;
  }

  String stdName() {
    return stdName;
  }
}
