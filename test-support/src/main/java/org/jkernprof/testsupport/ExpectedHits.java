package org.jkernprof.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One expected-hits comment of a test program's source, in the one grammar every module's test
 * programs use:
 *
 * <ul>
 *   <li>{@code // hits(N)}: the line runs exactly N times ({@code hits(0)}: never, and it may have
 *       no entry at all);
 *   <li>{@code // hits(N) in(NAME)}: the same, and all its hits are reported in the listing of the
 *       method NAME ({@code <init>} for a constructor), as those of lambdas and inner classes must
 *       be.
 * </ul>
 *
 * <p>The comment begins with it: {@code //}, blanks, {@code hits(N)}. Text after it says why the
 * number is what it is. Lines without such a comment are not checked; a line whose comment has a
 * {@code hits(N)} anywhere else is refused, so that a misplaced comment fails the test instead of
 * silently going unchecked. So is a source without any.
 *
 * @param line the line's number, counted from 1
 * @param hits the hits it expects
 * @param method the method whose listing must hold all of them, or {@code null} for any
 * @param text the line's text, trimmed
 */
public record ExpectedHits(int line, long hits, String method, String text) {
  private static final Pattern COMMENT =
      Pattern.compile("//\\s*hits\\((\\d+)\\)(?:\\s+in\\(([\\w$<>]+)\\))?");
  private static final Pattern MENTION = Pattern.compile("//.*\\bhits\\(\\d");

  /**
   * Every hits comment of {@code source}, in line order.
   *
   * @throws IllegalArgumentException if it has none, or a line that the grammar refuses
   */
  public static List<ExpectedHits> parse(Path source) {
    List<String> lines;
    try {
      lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the source " + source, e);
    }
    List<ExpectedHits> all = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      try {
        ofLine(i + 1, lines.get(i)).ifPresent(all::add);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
      }
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException(source + " has no // hits(N) comment to check");
    }
    return all;
  }

  /** The expected hits of every commented line of {@code source}, by line number; never empty. */
  public static Map<Integer, Long> byLine(Path source) {
    Map<Integer, Long> hits = new TreeMap<>();
    parse(source).forEach(expected -> hits.put(expected.line(), expected.hits()));
    return hits;
  }

  /**
   * The hits comment of one line, line {@code number} reading {@code text}, if it has one.
   *
   * @throws IllegalArgumentException if a comment on the line has a {@code hits(N)} other than as
   *     the grammar says
   */
  public static Optional<ExpectedHits> ofLine(int number, String text) {
    Matcher m = COMMENT.matcher(text);
    if (m.find()) {
      return Optional.of(
          new ExpectedHits(number, Long.parseLong(m.group(1)), m.group(2), text.trim()));
    }
    if (MENTION.matcher(text).find()) {
      throw new IllegalArgumentException(
          "line "
              + number
              + " has hits(N) in a comment, but not as // hits(N) or // hits(N) in(NAME): "
              + text.trim());
    }
    return Optional.empty();
  }
}
