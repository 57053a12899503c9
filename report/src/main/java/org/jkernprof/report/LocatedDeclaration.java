package org.jkernprof.report;

import java.util.List;
import java.util.Objects;

/**
 * Where a profiled method is declared in its source: from its first annotation (or modifier) to its
 * closing brace, and its parameter types as written there.
 */
final class LocatedDeclaration {
  private final int beginLine;
  private final int endLine;
  private final List<String> parameterTypes;

  LocatedDeclaration(int beginLine, int endLine, List<String> parameterTypes) {
    this.beginLine = beginLine;
    this.endLine = endLine;
    this.parameterTypes = List.copyOf(parameterTypes);
  }

  int beginLine() {
    return beginLine;
  }

  int endLine() {
    return endLine;
  }

  /** {@code List<Integer>}, {@code String...}: the types as the source spells them. */
  List<String> parameterTypes() {
    return parameterTypes;
  }

  boolean contains(int line) {
    return line >= beginLine && line <= endLine;
  }

  int lineCount() {
    return endLine - beginLine + 1;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LocatedDeclaration)) {
      return false;
    }
    LocatedDeclaration other = (LocatedDeclaration) o;
    return beginLine == other.beginLine
        && endLine == other.endLine
        && parameterTypes.equals(other.parameterTypes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(beginLine, endLine, parameterTypes);
  }

  /** {@code 12-20(int, List<String>)}. */
  @Override
  public String toString() {
    return beginLine + "-" + endLine + "(" + String.join(", ", parameterTypes) + ")";
  }
}
