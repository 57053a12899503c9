package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeShareGradesTest {
  @Test
  void gradesTheShownPercentageFaintPlainWarmAndHot() {
    assertEquals(Optional.of(AnsiStyle.FAINT), TimeShareGrades.of("0.0"));
    assertEquals(Optional.of(AnsiStyle.FAINT), TimeShareGrades.of("0.9"));
    assertEquals(Optional.empty(), TimeShareGrades.of("1.0"));
    assertEquals(Optional.empty(), TimeShareGrades.of("9.9"));
    assertEquals(Optional.of(AnsiStyle.WARM), TimeShareGrades.of("10.0"));
    assertEquals(Optional.of(AnsiStyle.WARM), TimeShareGrades.of("29.9"));
    assertEquals(Optional.of(AnsiStyle.HOT), TimeShareGrades.of("30.0"));
    assertEquals(Optional.of(AnsiStyle.HOT), TimeShareGrades.of("100.0"));
    // Nested code can push a line past 100 %; huge values stay hot.
    assertEquals(Optional.of(AnsiStyle.HOT), TimeShareGrades.of("100026590.0"));
  }

  @Test
  void anEmptyPercentageHasNoGrade() {
    assertEquals(Optional.empty(), TimeShareGrades.of(""));
  }
}
