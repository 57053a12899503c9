package org.jkernprof.report;

import java.util.List;
import java.util.Optional;
import org.jkernprof.results.MethodProfile;

/** Everything the report prints for one method, before layout. */
final class MethodListing {
  private final MethodProfile method;
  private final String sortPath;
  private final String filePath;
  private final String functionName;
  private final int declarationLine;
  private final String note;
  private final List<ListingRow> rows;

  MethodListing(
      MethodProfile method,
      String sortPath,
      String filePath,
      String functionName,
      int declarationLine,
      Optional<String> note,
      List<ListingRow> rows) {
    this.method = method;
    this.sortPath = sortPath;
    this.filePath = filePath;
    this.functionName = functionName;
    this.declarationLine = declarationLine;
    this.note = note.orElse(null);
    this.rows = List.copyOf(rows);
  }

  MethodProfile method() {
    return method;
  }

  /** The expected relative source path ({@code com/acme/Foo.java}): the report's sort key. */
  String sortPath() {
    return sortPath;
  }

  /** Shown after {@code File:}. */
  String filePath() {
    return filePath;
  }

  /** Shown after {@code Function:}: {@code Outer.Inner.method(List<Integer>)}. */
  String functionName() {
    return functionName;
  }

  /** The first line of the declaration (its annotations), or the first line with statistics. */
  int declarationLine() {
    return declarationLine;
  }

  /** One line explaining why the source is not shown in full; empty when it is. */
  Optional<String> note() {
    return Optional.ofNullable(note);
  }

  List<ListingRow> rows() {
    return rows;
  }
}
