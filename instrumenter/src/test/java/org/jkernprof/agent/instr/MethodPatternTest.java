package org.jkernprof.agent.instr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MethodPatternTest {
  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
    "com.acme.report.*, com/acme/report/Report, true",
    "com.acme.report.*, com/acme/report/Report$Builder, true",
    "com.acme.report.*, com/acme/report/sub/Helper, false",
    "com.acme.report.*, com/acme/reports/Report, false",
    "com.acme.**, com/acme/Report, true",
    "com.acme.**, com/acme/report/deep/Helper$1, true",
    "com.acme.**, com/acmeX/Report, false",
    "com.acme.**, com/Report, false",
    "com.**.Report, com/Report, true",
    "com.**.Report, com/acme/report/Report, true",
    "com.**.Report, com/acme/MyReport, false",
    "**.Report, Report, true",
    "**.Report, com/acme/Report, true",
    "**, Anything, true",
    "**, com/acme/Report, true",
    "com.acme.Outer, com/acme/Outer, true",
    "com.acme.Outer, com/acme/Outer$Inner, false",
    "com.acme.Outer$*, com/acme/Outer$Inner, true",
    "com.acme.Outer$*, com/acme/Outer, false",
    "com.acme.Outer$*, com/acme/OuterThing, false",
    "com.acme.Outer*, com/acme/Outer$Inner, true",
    "com.acme.Outer*, com/acme/OuterThing, true",
    "com.acme.Outer$Inner, com/acme/Outer$Inner, true",
    "com.acme.Report?, com/acme/Report2, true",
    "com.acme.Report?, com/acme/Report, false",
    "com.acme.Report?, com/acme/Report22, false",
    "com.acme?Report, com/acme/Report, false",
    "com.*.Report, com/acme/Report, true",
    "com.*.Report, com/acme/sub/Report, false",
    "com.acme.Re*rt, com/acme/Report, true",
  })
  void classPartUsesDotsAndWildcards(String pattern, String internalName, boolean matches) {
    assertEquals(matches, MethodPattern.parse(pattern).matchesClass(internalName));
  }

  @ParameterizedTest(name = "{0} matches {1}.{2}: {3}")
  @CsvSource({
    "com.acme.Report, com/acme/Report, build, true",
    "com.acme.Report, com/acme/Report, <init>, true",
    "com.acme.Report, com/acme/Report, <clinit>, false",
    "com.acme.Report#*, com/acme/Report, <init>, true",
    "com.acme.Report#*, com/acme/Report, <clinit>, false",
    "com.acme.Report#build*, com/acme/Report, build, true",
    "com.acme.Report#build*, com/acme/Report, buildAll, true",
    "com.acme.Report#build*, com/acme/Report, rebuild, false",
    "com.acme.Report#build*, com/acme/Report, <init>, false",
    "com.acme.Report#build*, com/acme/Report, lambda$build$0, false",
    "com.acme.Report#b?ild, com/acme/Report, build, true",
    "com.acme.Report#b?ild, com/acme/Report, bild, false",
    "com.acme.Report#<init>, com/acme/Report, <init>, true",
    "com.acme.Report#<init>, com/acme/Report, build, false",
    "com.acme.Report#Report, com/acme/Report, <init>, true",
    "com.acme.Report#Report, com/acme/Report, Report, true",
    "com.acme.*#Report, com/acme/Other, <init>, false",
    "com.acme.Outer$Inner#Inner, com/acme/Outer$Inner, <init>, true",
    "com.acme.Outer$Inner#Outer$Inner, com/acme/Outer$Inner, <init>, false",
    "com.acme.Report#<clinit>, com/acme/Report, <clinit>, true",
    "com.acme.Report#<clinit>, com/acme/Report, build, false",
    "com.acme.Report#<clinit>, com/acme/Report, <init>, false",
    "com.acme.Report#build, com/acme/Other, build, false",
  })
  void methodPartNamesMethodsAndConstructors(
      String pattern, String internalClass, String method, boolean matches) {
    assertEquals(matches, MethodPattern.parse(pattern).matches(internalClass, method));
  }

  @Test
  void onlyAMethodPartThatPicksNamesCountsAsNamingMethods() {
    assertTrue(MethodPattern.parse("com.acme.Report#build").namesMethod());
    assertTrue(MethodPattern.parse("com.acme.*#b*").namesMethod());
    assertTrue(MethodPattern.parse("com.acme.Report#<clinit>").namesMethod());
    assertFalse(MethodPattern.parse("com.acme.Report").namesMethod());
    assertFalse(MethodPattern.parse("com.acme.Report#*").namesMethod());
  }

  @Test
  void surroundingBlanksAreIgnored() {
    MethodPattern pattern = MethodPattern.parse("  com.acme.Report#build \t");
    assertEquals("com.acme.Report#build", pattern.text());
    assertTrue(pattern.matches("com/acme/Report", "build"));
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "''| it is empty",
        "'   '| it is empty",
        "#run| no class before '#'",
        "com.acme.Report#| no method after '#'",
        "com.acme.Report#a#b| more than one '#'",
        "com/acme/Report| with dots",
        "com.acme..Report| empty package or class name",
        ".com.acme| empty package or class name",
        "com.acme.| empty package or class name",
        "com.acme-x.Report| '-' cannot be part of a class name",
        "com.acme.Report#build(int)| parameter lists are not supported",
        "com.acme.Report(| no parameter list",
        "com.acme.Report#<init>x| '<' cannot be part of a method name",
        "com.acme.Report#a.b| '.' cannot be part of a method name",
        "com.acme.Report,x| ',' cannot be part of a class name",
        "com.acme.Re port| ' ' cannot be part of a class name",
      })
  void invalidPatternsAreRejectedWithOneLineSayingWhy(String pattern, String why) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MethodPattern.parse(pattern));
    String message = e.getMessage();
    assertTrue(message.startsWith("'" + pattern.trim() + "' is not a valid pattern: "), message);
    assertTrue(message.contains(why), message);
    assertFalse(message.contains("\n"), message);
  }

  @Test
  void knowsWhenEveryMatchLiesBelowAPackage() {
    assertTrue(MethodPattern.parse("java.**").onlyMatchesBelow("java/"));
    assertTrue(MethodPattern.parse("java.util.List#size").onlyMatchesBelow("java/"));
    assertTrue(MethodPattern.parse("java.util.*").onlyMatchesBelow("java/"));
    assertFalse(MethodPattern.parse("jav*.**").onlyMatchesBelow("java/"));
    assertFalse(MethodPattern.parse("java").onlyMatchesBelow("java/"));
    assertFalse(MethodPattern.parse("**").onlyMatchesBelow("java/"));
  }
}
