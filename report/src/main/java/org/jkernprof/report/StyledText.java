package org.jkernprof.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Text made of runs, each plain or in one {@link AnsiStyle}. Its visible text never contains escape
 * codes, so widths and trimming are computed on what the reader sees; {@link #ansi()} wraps each
 * styled run in its own start and reset codes, so a run never bleeds into the next column or line.
 */
final class StyledText {
  private static final StyledText EMPTY = new StyledText(List.of());

  private final List<Run> runs;

  private StyledText(List<Run> runs) {
    this.runs = List.copyOf(runs);
  }

  static StyledText plain(String text) {
    return text.isEmpty() ? EMPTY : new StyledText(List.of(new Run(text, null)));
  }

  static StyledText styled(String text, AnsiStyle style) {
    return new Builder().append(text, style).build();
  }

  /** What the reader sees. */
  String plain() {
    if (runs.size() == 1) {
      return runs.get(0).text;
    }
    StringBuilder sb = new StringBuilder();
    for (Run run : runs) {
      sb.append(run.text);
    }
    return sb.toString();
  }

  /** The text with ANSI escape codes around every styled run. */
  String ansi() {
    StringBuilder sb = new StringBuilder();
    for (Run run : runs) {
      if (run.style == null) {
        sb.append(run.text);
      } else {
        sb.append(run.style.on()).append(run.text).append(AnsiStyle.RESET);
      }
    }
    return sb.toString();
  }

  /** The same runs without the trailing white space that {@link String#stripTrailing} removes. */
  StyledText stripTrailing() {
    int keep = plain().stripTrailing().length();
    Builder kept = new Builder();
    int at = 0;
    for (Run run : runs) {
      if (at >= keep) {
        break;
      }
      kept.append(run.text.substring(0, Math.min(run.text.length(), keep - at)), run.style);
      at += run.text.length();
    }
    return kept.build();
  }

  /** Where a styled run lies in the plain text, and its style. */
  interface StyledRunVisitor {
    void visit(int start, int end, AnsiStyle style);
  }

  /** Visits each styled run in order, with its offsets in {@link #plain()}. */
  void forEachStyledRun(StyledRunVisitor visitor) {
    int at = 0;
    for (Run run : runs) {
      int end = at + run.text.length();
      if (run.style != null) {
        visitor.visit(at, end, run.style);
      }
      at = end;
    }
  }

  /** The runs as {@code [STYLE]text} pieces, for tests and failure messages. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Run run : runs) {
      sb.append(run.style == null ? "" : "[" + run.style + "]").append(run.text).append('|');
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StyledText && runs.equals(((StyledText) other).runs);
  }

  @Override
  public int hashCode() {
    return runs.hashCode();
  }

  /** Collects runs, joining neighbours of the same style and dropping empty ones. */
  static final class Builder {
    private final List<Run> runs = new ArrayList<>();

    /** Appends {@code text} in {@code style}, or plain if {@code style} is null. */
    Builder append(String text, AnsiStyle style) {
      if (text.isEmpty()) {
        return this;
      }
      int last = runs.size() - 1;
      if (last >= 0 && runs.get(last).style == style) {
        runs.set(last, new Run(runs.get(last).text + text, style));
      } else {
        runs.add(new Run(text, style));
      }
      return this;
    }

    Builder append(StyledText text) {
      for (Run run : text.runs) {
        append(run.text, run.style);
      }
      return this;
    }

    StyledText build() {
      return runs.isEmpty() ? EMPTY : new StyledText(runs);
    }
  }

  private static final class Run {
    final String text;
    final AnsiStyle style;

    Run(String text, AnsiStyle style) {
      this.text = text;
      this.style = style;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Run)) {
        return false;
      }
      Run run = (Run) other;
      return text.equals(run.text) && style == run.style;
    }

    @Override
    public int hashCode() {
      return Objects.hash(text, style);
    }
  }
}
