package org.jkernprof.report;

import com.github.javaparser.JavaToken;
import com.github.javaparser.JavaToken.Kind;
import com.github.javaparser.ast.CompilationUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours Java source from the tokens JavaParser lexed for the whole file, so every line gets the
 * colour of the token it is part of: a line inside a block comment or a text block that started
 * earlier is a comment or a string, {@code //} inside a string stays a string, and {@code record}
 * or {@code yield} are keywords only where the parser took them as such. Keywords (with {@code
 * true}, {@code false} and {@code null}), string, text block and char literals, numbers, comments,
 * and annotation names ({@code @Name} or {@code @a.b.Name}, without their arguments) are styled.
 */
final class JavaHighlighter {
  /** The line ends {@link SourceFiles} splits the text at. */
  private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");

  private JavaHighlighter() {}

  /**
   * Every line of {@code text} ({@code lines[i]} is line {@code i + 1}), styled; empty if the
   * tokens of {@code unit} do not spell {@code text} exactly, in which case nothing is coloured.
   *
   * @param unit what JavaParser made of {@code text}, even if it reported problems
   */
  static Optional<List<StyledText>> highlight(CompilationUnit unit, String text) {
    Optional<List<JavaToken>> tokens = unit.getTokenRange().map(r -> allTokens(r.getBegin()));
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder spelled = new StringBuilder(text.length());
    for (JavaToken token : tokens.get()) {
      spelled.append(token.getText());
    }
    if (!spelled.toString().equals(text)) {
      return Optional.empty();
    }
    return Optional.of(splitIntoLines(text, stylePerChar(tokens.get(), text.length())));
  }

  /** Every token of the file, from the first (before the unit's own range, if comments lead). */
  private static List<JavaToken> allTokens(JavaToken any) {
    JavaToken first = any;
    while (first.getPreviousToken().isPresent()) {
      first = first.getPreviousToken().get();
    }
    List<JavaToken> tokens = new ArrayList<>();
    for (Optional<JavaToken> t = Optional.of(first); t.isPresent(); t = t.get().getNextToken()) {
      tokens.add(t.get());
    }
    return tokens;
  }

  private static AnsiStyle[] stylePerChar(List<JavaToken> tokens, int length) {
    AnsiStyle[] styles = new AnsiStyle[length];
    int[] starts = new int[tokens.size()];
    int offset = 0;
    for (int i = 0; i < tokens.size(); i++) {
      starts[i] = offset;
      offset += tokens.get(i).getText().length();
    }
    for (int i = 0; i < tokens.size(); i++) {
      AnsiStyle style = styleOf(tokens.get(i));
      if (tokens.get(i).getKind() == Kind.AT.getKind()) {
        int name = nextNonBlank(tokens, i);
        if (name < tokens.size() && isIdentifier(tokens.get(name))) {
          // @Name or @a.b.Name: the annotation's name, up to its arguments or what follows.
          fill(styles, starts[i], tokens.get(i), AnsiStyle.ANNOTATION);
          fill(styles, starts[name], tokens.get(name), AnsiStyle.ANNOTATION);
          int dot = nextNonBlank(tokens, name);
          int next = nextNonBlank(tokens, dot);
          while (dot < tokens.size()
              && tokens.get(dot).getKind() == Kind.DOT.getKind()
              && next < tokens.size()
              && isIdentifier(tokens.get(next))) {
            fill(styles, starts[dot], tokens.get(dot), AnsiStyle.ANNOTATION);
            fill(styles, starts[next], tokens.get(next), AnsiStyle.ANNOTATION);
            name = next;
            dot = nextNonBlank(tokens, name);
            next = nextNonBlank(tokens, dot);
          }
          i = name;
          continue;
        }
        // The @ of @interface goes with its keyword.
        style = AnsiStyle.KEYWORD;
      }
      if (style != null) {
        fill(styles, starts[i], tokens.get(i), style);
      }
    }
    return styles;
  }

  private static AnsiStyle styleOf(JavaToken token) {
    JavaToken.Category category = token.getCategory();
    if (category.isComment()) {
      return AnsiStyle.COMMENT;
    }
    if (category.isKeyword()) {
      return AnsiStyle.KEYWORD;
    }
    if (category.isLiteral()) {
      int kind = token.getKind();
      if (kind == Kind.STRING_LITERAL.getKind()
          || kind == Kind.TEXT_BLOCK_LITERAL.getKind()
          || kind == Kind.CHARACTER_LITERAL.getKind()) {
        return AnsiStyle.STRING;
      }
      if (kind == Kind.TRUE.getKind()
          || kind == Kind.FALSE.getKind()
          || kind == Kind.NULL.getKind()) {
        return AnsiStyle.KEYWORD;
      }
      return AnsiStyle.NUMBER;
    }
    return null;
  }

  private static boolean isIdentifier(JavaToken token) {
    return token.getKind() == Kind.IDENTIFIER.getKind();
  }

  /** The index of the next token after {@code i} that is not white space; size() if none. */
  private static int nextNonBlank(List<JavaToken> tokens, int i) {
    int next = i + 1;
    while (next < tokens.size() && tokens.get(next).getCategory().isWhitespace()) {
      next++;
    }
    return next;
  }

  private static void fill(AnsiStyle[] styles, int start, JavaToken token, AnsiStyle style) {
    for (int c = start; c < start + token.getText().length(); c++) {
      styles[c] = style;
    }
  }

  private static List<StyledText> splitIntoLines(String text, AnsiStyle[] styles) {
    List<StyledText> lines = new ArrayList<>();
    Matcher end = LINE_END.matcher(text);
    int start = 0;
    while (true) {
      boolean more = end.find();
      int stop = more ? end.start() : text.length();
      lines.add(styledRange(text, styles, start, stop));
      if (!more) {
        return lines;
      }
      start = end.end();
    }
  }

  private static StyledText styledRange(String text, AnsiStyle[] styles, int start, int stop) {
    StyledText.Builder line = new StyledText.Builder();
    int run = start;
    for (int c = start + 1; c <= stop; c++) {
      if (c == stop || styles[c] != styles[run]) {
        line.append(text.substring(run, c), styles[run]);
        run = c;
      }
    }
    return line.build();
  }
}
