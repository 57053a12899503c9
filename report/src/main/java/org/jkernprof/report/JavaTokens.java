package org.jkernprof.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * The tokens of a Java source that show its structure, as {@link DeclarationSkeleton} needs them:
 * braces, parentheses and semicolons, and the words that declare types ({@code class}, {@code
 * interface}, {@code enum}, {@code record}, {@code new}), each with where it starts and ends; and,
 * apart, where its comments are. Literals and every other token are read past, not kept. A source
 * with Unicode escapes, which can hide braces and quotes, is not tokenized at all.
 */
final class JavaTokens {
  private static final byte WORD = 0;
  private static final byte PUNCTUATION = 1;

  private static final String[] TYPE_WORDS = {"class", "interface", "enum", "record", "new"};

  private byte[] kinds;
  private int[] starts;
  private int[] ends;
  private int count;
  private int[] comments = new int[16];
  private int commentCount;
  private final String text;
  private final char[] chars;

  private JavaTokens(String text) {
    this.text = text;
    this.chars = text.toCharArray();
    int capacity = Math.max(16, text.length() / 16);
    kinds = new byte[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
  }

  /**
   * The tokens of {@code text}; empty if it has a Unicode escape, or a comment or literal that does
   * not end.
   */
  static Optional<JavaTokens> of(String text) {
    if (text.contains("\\u")) {
      return Optional.empty();
    }
    JavaTokens tokens = new JavaTokens(text);
    return tokens.scan() ? Optional.of(tokens) : Optional.empty();
  }

  int count() {
    return count;
  }

  /** The offset of the token's first character. */
  int start(int token) {
    return starts[token];
  }

  /** The offset after the token's last character. */
  int end(int token) {
    return ends[token];
  }

  /** Whether token {@code token} is the punctuation character {@code c}. */
  boolean isPunctuation(int token, char c) {
    return kinds[token] == PUNCTUATION && chars[starts[token]] == c;
  }

  /** Whether token {@code token} is the word {@code word}. */
  boolean isWord(int token, String word) {
    return kinds[token] == WORD
        && ends[token] - starts[token] == word.length()
        && text.startsWith(word, starts[token]);
  }

  private boolean scan() {
    char[] c = chars;
    int length = c.length;
    int i = 0;
    while (i < length) {
      char ch = c[i];
      switch (ch) {
        case '{':
        case '}':
        case '(':
        case ')':
        case ';':
          add(PUNCTUATION, i, i + 1);
          i++;
          break;
        case '/':
          if (i + 1 < length && c[i + 1] == '/') {
            int end = endOfLine(i + 2);
            addComment(i, end);
            i = end;
          } else if (i + 1 < length && c[i + 1] == '*') {
            int end = text.indexOf("*/", i + 2);
            if (end < 0) {
              return false;
            }
            addComment(i, end + 2);
            i = end + 2;
          } else {
            i++;
          }
          break;
        case '"':
          i =
              i + 2 < length && c[i + 1] == '"' && c[i + 2] == '"'
                  ? endOfTextBlock(i + 3)
                  : endOfQuoted(i + 1, '"');
          if (i < 0) {
            return false;
          }
          break;
        case '\'':
          i = endOfQuoted(i + 1, '\'');
          if (i < 0) {
            return false;
          }
          break;
        default:
          if (Character.isJavaIdentifierPart(ch)) {
            int end = i + 1;
            while (end < length && Character.isJavaIdentifierPart(c[end])) {
              end++;
            }
            if (isTypeWord(i, end)) {
              add(WORD, i, end);
            }
            i = end;
          } else {
            i++;
          }
      }
    }
    return true;
  }

  private boolean isTypeWord(int start, int end) {
    int length = end - start;
    if (length < 3 || length > 9) {
      return false;
    }
    for (String word : TYPE_WORDS) {
      if (word.length() == length && text.startsWith(word, start)) {
        return true;
      }
    }
    return false;
  }

  private int endOfLine(int i) {
    char[] c = chars;
    while (i < c.length && c[i] != '\n' && c[i] != '\r') {
      i++;
    }
    return i;
  }

  /**
   * The offset after the {@code """} that closes a text block whose content starts at {@code i}.
   */
  private int endOfTextBlock(int i) {
    char[] c = chars;
    while (i < c.length) {
      if (c[i] == '\\') {
        i += 2;
      } else if (c[i] == '"' && i + 2 < c.length && c[i + 1] == '"' && c[i + 2] == '"') {
        return i + 3;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** The offset after the {@code quote} that closes a literal, or -1 if the line ends first. */
  private int endOfQuoted(int i, char quote) {
    char[] c = chars;
    while (i < c.length) {
      char ch = c[i];
      if (ch == '\\') {
        i += 2;
      } else if (ch == quote) {
        return i + 1;
      } else if (ch == '\n' || ch == '\r') {
        return -1;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** How many comments there are; comment {@code k} spans {@link #commentStart} to its end. */
  int commentCount() {
    return commentCount;
  }

  int commentStart(int comment) {
    return comments[2 * comment];
  }

  /** The offset after the comment's last character (its line break not included). */
  int commentEnd(int comment) {
    return comments[2 * comment + 1];
  }

  private void addComment(int start, int end) {
    if (2 * commentCount == comments.length) {
      comments = Arrays.copyOf(comments, comments.length * 2);
    }
    comments[2 * commentCount] = start;
    comments[2 * commentCount + 1] = end;
    commentCount++;
  }

  private void add(byte kind, int start, int end) {
    if (count == kinds.length) {
      int capacity = count * 2;
      kinds = Arrays.copyOf(kinds, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
    }
    kinds[count] = kind;
    starts[count] = start;
    ends[count] = end;
    count++;
  }
}
