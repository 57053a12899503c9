package org.jkernprof.report;

import com.github.javaparser.ast.CompilationUnit;
import java.util.List;
import java.util.Optional;

/**
 * What the report knows about one expected source file: where it is shown, its lines if they were
 * read, its declarations if it parsed, and otherwise the one-line reason why not.
 */
final class LoadedSource {
  private final String displayPath;
  private final List<String> lines;
  private final Declarations declarations;
  private final String problem;
  private final List<StyledText> highlighted;

  private LoadedSource(
      String displayPath,
      List<String> lines,
      Declarations declarations,
      String problem,
      List<StyledText> highlighted) {
    this.displayPath = displayPath;
    this.lines = List.copyOf(lines);
    this.declarations = declarations;
    this.problem = problem;
    this.highlighted = highlighted == null ? null : List.copyOf(highlighted);
  }

  /**
   * A file that parsed. Keeps its declarations rather than its syntax tree, which is many times
   * larger: a report may load hundreds of files.
   */
  static LoadedSource parsed(String displayPath, List<String> lines, CompilationUnit unit) {
    return new LoadedSource(displayPath, lines, new Declarations(unit), null, null);
  }

  /** A file with text that could not be parsed, or none: {@code problem} says which. */
  static LoadedSource unusable(String displayPath, List<String> lines, String problem) {
    return new LoadedSource(displayPath, lines, null, problem, null);
  }

  /** The same source whose lines are shown as {@code styledLines} in a coloured report. */
  LoadedSource withHighlighting(List<StyledText> styledLines) {
    return new LoadedSource(displayPath, lines, declarations, problem, styledLines);
  }

  /** The path shown after {@code File:}: where the file was found, or where it was expected. */
  String displayPath() {
    return displayPath;
  }

  /**
   * The text of 1-based line {@code number}; empty when the file has no such line (or was not
   * found).
   */
  String line(int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }

  /** Line {@code number} as {@link #line} gives it, syntax-highlighted if the file was. */
  StyledText styledLine(int number) {
    if (highlighted != null && number >= 1 && number <= highlighted.size()) {
      return highlighted.get(number - 1);
    }
    return StyledText.plain(line(number));
  }

  /** The parsed source's declarations; empty if it did not parse. */
  Optional<Declarations> declarations() {
    return Optional.ofNullable(declarations);
  }

  /** Why the source is not usable, as one line for the report; empty if it parsed. */
  Optional<String> problem() {
    return Optional.ofNullable(problem);
  }
}
