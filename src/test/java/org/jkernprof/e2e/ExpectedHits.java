package org.jkernprof.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code // hits(N)} comment of a target's source: the line it is on expects {@code N} hits.
 * With {@code in(NAME)} after it, the hits must all be reported in the listing of the method {@code
 * NAME} ({@code <init>} for constructors) and no other. Immutable.
 */
final class ExpectedHits {
  private static final Pattern COMMENT =
      Pattern.compile("//.*?\\bhits\\((\\d+)\\)(?:\\s+in\\(([\\w$<>]+)\\))?");

  final int line;
  final long hits;

  /** The method whose listing must hold the line, or {@code null} for any of the class's. */
  final String method;

  final String text;

  private ExpectedHits(int line, long hits, String method, String text) {
    this.line = line;
    this.hits = hits;
    this.method = method;
    this.text = text;
  }

  /** Every hits comment of {@code source}, in line order. */
  static List<ExpectedHits> parse(Path source) {
    List<String> lines;
    try {
      lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the target's source " + source, e);
    }
    List<ExpectedHits> all = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = COMMENT.matcher(lines.get(i));
      if (m.find()) {
        all.add(
            new ExpectedHits(i + 1, Long.parseLong(m.group(1)), m.group(2), lines.get(i).trim()));
      }
    }
    return all;
  }

  /** The number of the only line of {@code source} that contains {@code marker}. */
  static int lineOf(Path source, String marker) {
    try {
      List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
      int found = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(marker)) {
          if (found >= 0) {
            throw new IllegalArgumentException(marker + " is on more than one line of " + source);
          }
          found = i + 1;
        }
      }
      if (found < 0) {
        throw new IllegalArgumentException(marker + " is on no line of " + source);
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
