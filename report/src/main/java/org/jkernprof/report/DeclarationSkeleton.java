package org.jkernprof.report;

import java.util.Optional;

/**
 * A Java source cut down to what {@link Declarations} reads: the insides of code blocks that
 * declare no type (most method bodies, initializers, lambdas) and comments are left out, their line
 * breaks kept, so every declaration keeps its lines, its parameters and its enclosing types while
 * JavaParser parses a small part of the text.
 *
 * <p>A block is kept whole when a class, interface, enum, record or anonymous class is declared in
 * it, since its methods are declarations too. When in doubt a block is kept: that costs time, never
 * a declaration. Syntax errors inside a block that is left out are not seen.
 */
final class DeclarationSkeleton {
  private final String text;
  private final JavaTokens tokens;

  /** For each token: the index of the brace or parenthesis that matches it, else -1. */
  private final int[] partner;

  /** For each opening brace: whether it opens the body of a type. */
  private final boolean[] typeBody;

  /** How many type bodies open before each token: a block declares a type if this grows in it. */
  private final int[] typeBodiesBefore;

  private DeclarationSkeleton(String text, JavaTokens tokens, int[] partner) {
    this.text = text;
    this.tokens = tokens;
    this.partner = partner;
    int count = tokens.count();
    this.typeBody = new boolean[count];
    this.typeBodiesBefore = new int[count + 1];
    markTypeBodies();
  }

  /**
   * {@code text} with the insides of blocks that declare no type left out, or empty if it cannot be
   * cut safely (its braces or parentheses do not pair up, a comment or literal does not end, or it
   * uses Unicode escapes); the caller then parses the whole text.
   */
  static Optional<String> of(String text) {
    Optional<JavaTokens> tokens = JavaTokens.of(text);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    int[] partner = pair(tokens.get());
    if (partner == null) {
      return Optional.empty();
    }
    return Optional.of(new DeclarationSkeleton(text, tokens.get(), partner).cut());
  }

  /** Pairs braces and parentheses; null if they do not nest properly. */
  private static int[] pair(JavaTokens tokens) {
    int count = tokens.count();
    int[] partner = new int[count];
    int[] open = new int[count];
    int depth = 0;
    for (int t = 0; t < count; t++) {
      partner[t] = -1;
      if (tokens.isPunctuation(t, '{') || tokens.isPunctuation(t, '(')) {
        open[depth++] = t;
      } else if (tokens.isPunctuation(t, '}') || tokens.isPunctuation(t, ')')) {
        char opening = tokens.isPunctuation(t, '}') ? '{' : '(';
        if (depth == 0 || !tokens.isPunctuation(open[depth - 1], opening)) {
          return null;
        }
        int o = open[--depth];
        partner[o] = t;
        partner[t] = o;
      }
    }
    return depth == 0 ? partner : null;
  }

  private void markTypeBodies() {
    int count = tokens.count();
    for (int t = 0; t < count; t++) {
      if (tokens.isPunctuation(t, '{') && opensTypeBody(t)) {
        typeBody[t] = true;
        if (headerHas(t, "enum")) {
          markEnumConstantBodies(t);
        }
      }
    }
    for (int t = 0; t < count; t++) {
      typeBodiesBefore[t + 1] = typeBodiesBefore[t] + (typeBody[t] ? 1 : 0);
    }
  }

  /**
   * Whether the brace at {@code open} opens a type's body: its header, back to the previous
   * statement or block boundary and skipping parenthesized groups, names a kind of type, or is a
   * {@code new X(...)} followed by a body (an anonymous class).
   */
  private boolean opensTypeBody(int open) {
    boolean anonymous = open > 0 && tokens.isPunctuation(open - 1, ')');
    for (int t = headerStart(open); t < open; t++) {
      if (partner[t] > t && tokens.isPunctuation(t, '(')) {
        t = partner[t];
      } else if (tokens.isWord(t, "class")
          || tokens.isWord(t, "interface")
          || tokens.isWord(t, "enum")
          || tokens.isWord(t, "record")
          || (anonymous && tokens.isWord(t, "new"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the header of the brace at {@code open}, outside parentheses, has {@code word}. */
  private boolean headerHas(int open, String word) {
    for (int t = headerStart(open); t < open; t++) {
      if (partner[t] > t && tokens.isPunctuation(t, '(')) {
        t = partner[t];
      } else if (tokens.isWord(t, word)) {
        return true;
      }
    }
    return false;
  }

  /** The first token of the header before the brace at {@code open}. */
  private int headerStart(int open) {
    int t = open - 1;
    while (t >= 0) {
      if (tokens.isPunctuation(t, ')')) {
        t = partner[t] - 1;
      } else if (tokens.isPunctuation(t, ';')
          || tokens.isPunctuation(t, '{')
          || tokens.isPunctuation(t, '}')
          || tokens.isPunctuation(t, '(')) {
        break;
      } else {
        t--;
      }
    }
    return t + 1;
  }

  /**
   * In an enum's body, the braces before its first semicolon open the bodies of its constants
   * ({@code PLUS { int apply(...) {...} }}), which are classes.
   */
  private void markEnumConstantBodies(int enumOpen) {
    int close = partner[enumOpen];
    for (int t = enumOpen + 1; t < close; t++) {
      if (tokens.isPunctuation(t, ';')) {
        return;
      }
      if (tokens.isPunctuation(t, '{') || tokens.isPunctuation(t, '(')) {
        if (tokens.isPunctuation(t, '{')) {
          typeBody[t] = true;
        }
        t = partner[t];
      }
    }
  }

  /**
   * The text without the insides of the blocks that can be left out, nor its comments (a comment
   * becomes a space): line breaks stay where they were.
   */
  private String cut() {
    StringBuilder out = new StringBuilder(text.length() / 2);
    int copied = 0;
    int comment = 0;
    int count = tokens.count();
    for (int t = 0; t <= count; t++) {
      boolean leaveOut = t < count && tokens.isPunctuation(t, '{') && canLeaveOut(t);
      int next = t < count ? tokens.start(t) : text.length();
      // The comments before this token, outside every block left out.
      while (comment < tokens.commentCount() && tokens.commentStart(comment) < next) {
        if (tokens.commentStart(comment) >= copied) {
          out.append(text, copied, tokens.commentStart(comment)).append(' ');
          appendLineBreaks(out, tokens.commentStart(comment), tokens.commentEnd(comment));
          copied = tokens.commentEnd(comment);
        }
        comment++;
      }
      if (leaveOut) {
        int close = partner[t];
        out.append(text, copied, tokens.end(t));
        appendLineBreaks(out, tokens.end(t), tokens.start(close));
        copied = tokens.start(close);
        t = close;
      }
    }
    out.append(text, copied, text.length());
    return out.toString();
  }

  /** A block that is no type's body and declares no type can be left out. */
  private boolean canLeaveOut(int open) {
    int close = partner[open];
    return !typeBody[open] && typeBodiesBefore[close] == typeBodiesBefore[open + 1];
  }

  private void appendLineBreaks(StringBuilder out, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.append(c);
      }
    }
  }
}
