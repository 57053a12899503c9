package org.jkernprof.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The source text of one profiled method as its report listed it when the results were saved: the
 * file it was read from, the method's name as the report writes it, the line its declaration begins
 * on, and each listed line's number and text, in the listing's order. Carried in the results so
 * that a later comparison can pair lines by their text, and a report can be read where the sources
 * are not. Immutable.
 */
public final class MethodSource {
  private final String filePath;
  private final String functionName;
  private final int declarationLine;
  private final List<Integer> lineNumbers;
  private final List<String> texts;

  /**
   * @param filePath the source file as the report named it ({@code src/main/java/com/acme/A.java})
   * @param functionName the method as the report named it ({@code A.parse(String)})
   * @param declarationLine the first line of the declaration
   * @param lineNumbers each listed line's number, positive, in the listing's order
   * @param texts each listed line's text, as many as there are numbers
   */
  public MethodSource(
      String filePath,
      String functionName,
      int declarationLine,
      List<Integer> lineNumbers,
      List<String> texts) {
    if (lineNumbers.size() != texts.size()) {
      throw new IllegalArgumentException(
          lineNumbers.size() + " line numbers for " + texts.size() + " texts");
    }
    for (int number : lineNumbers) {
      if (number <= 0) {
        throw new IllegalArgumentException("a source line numbered " + number);
      }
    }
    this.filePath = Objects.requireNonNull(filePath, "filePath");
    this.functionName = Objects.requireNonNull(functionName, "functionName");
    this.declarationLine = declarationLine;
    this.lineNumbers = Collections.unmodifiableList(new ArrayList<>(lineNumbers));
    this.texts = Collections.unmodifiableList(new ArrayList<>(texts));
  }

  public String filePath() {
    return filePath;
  }

  public String functionName() {
    return functionName;
  }

  public int declarationLine() {
    return declarationLine;
  }

  /** The listed lines' numbers, in the listing's order. */
  public List<Integer> lineNumbers() {
    return lineNumbers;
  }

  /** The listed lines' texts, in the order of {@link #lineNumbers()}. */
  public List<String> texts() {
    return texts;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MethodSource)) {
      return false;
    }
    MethodSource that = (MethodSource) o;
    return filePath.equals(that.filePath)
        && functionName.equals(that.functionName)
        && declarationLine == that.declarationLine
        && lineNumbers.equals(that.lineNumbers)
        && texts.equals(that.texts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(filePath, functionName, declarationLine, lineNumbers, texts);
  }

  @Override
  public String toString() {
    return functionName + " in " + filePath + " (" + lineNumbers.size() + " lines)";
  }
}
