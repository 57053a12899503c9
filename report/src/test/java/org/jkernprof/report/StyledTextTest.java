package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StyledTextTest {
  @Test
  void wrapsEveryStyledRunInItsOwnStartAndReset() {
    StyledText text =
        new StyledText.Builder()
            .append("int", AnsiStyle.KEYWORD)
            .append(" x = ", null)
            .append("1", AnsiStyle.NUMBER)
            .append(";", null)
            .build();
    assertEquals("int x = 1;", text.plain());
    assertEquals("\u001b[35mint\u001b[0m x = \u001b[36m1\u001b[0m;", text.ansi());
  }

  @Test
  void joinsNeighboursOfTheSameStyleAndDropsEmptyRuns() {
    StyledText text =
        new StyledText.Builder()
            .append("@a", AnsiStyle.ANNOTATION)
            .append("", AnsiStyle.KEYWORD)
            .append(".B", AnsiStyle.ANNOTATION)
            .build();
    assertEquals("«A:@a.B»", AnsiText.marked(text));
  }

  @Test
  void stripsTrailingBlanksOfTheVisibleTextAcrossRuns() {
    StyledText text =
        new StyledText.Builder()
            .append("x", null)
            .append(" // note  ", AnsiStyle.COMMENT)
            .append(" \t", null)
            .build();
    assertEquals("x«C: // note»", AnsiText.marked(text.stripTrailing()));
    StyledText blank =
        new StyledText.Builder().append("  ", null).append("\t", AnsiStyle.COMMENT).build();
    assertEquals("", blank.stripTrailing().ansi());
  }

  @Test
  void plainTextHasNoEscapeCodes() {
    assertEquals("  return a + b;", StyledText.plain("  return a + b;").ansi());
    assertEquals("", StyledText.plain("").ansi());
  }
}
