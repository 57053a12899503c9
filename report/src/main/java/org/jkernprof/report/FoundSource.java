package org.jkernprof.report;

import java.util.Optional;

/**
 * A source file the {@link SourceResolver} found: where (as the report shows it) and its text, or
 * why the text could not be read.
 */
final class FoundSource {
  private final String displayPath;
  private final String text;
  private final String readProblem;

  private FoundSource(String displayPath, String text, String readProblem) {
    this.displayPath = displayPath;
    this.text = text;
    this.readProblem = readProblem;
  }

  static FoundSource readable(String displayPath, String text) {
    return new FoundSource(displayPath, text, null);
  }

  static FoundSource unreadable(String displayPath, String problem) {
    return new FoundSource(displayPath, null, problem);
  }

  /** {@code src/main/java/com/acme/Foo.java}, or {@code lib/foo-sources.jar!/com/acme/Foo.java}. */
  String displayPath() {
    return displayPath;
  }

  /** The file's text; empty if it could not be read. */
  Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** Why the text could not be read; empty if it was. */
  Optional<String> readProblem() {
    return Optional.ofNullable(readProblem);
  }
}
