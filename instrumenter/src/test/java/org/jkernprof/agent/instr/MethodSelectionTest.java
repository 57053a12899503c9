package org.jkernprof.agent.instr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MethodSelectionTest {
  private static MethodSelection selection(List<String> includes, List<String> excludes) {
    return MethodSelection.parse(includes, excludes);
  }

  @Test
  void includesTheMethodsAnIncludePatternMatches() {
    MethodSelection s =
        selection(List.of("com.acme.report.*", "com.acme.Report#build*"), List.of());
    assertTrue(s.hasIncludes());
    assertTrue(s.includesClass("com/acme/report/Table"));
    assertTrue(s.includes("com/acme/report/Table", "render", "()V"));
    assertTrue(s.includes("com/acme/Report", "buildAll", "()V"));
    assertFalse(s.includes("com/acme/Report", "print", "()V"));
    assertFalse(s.includesClass("com/acme/Other"));
  }

  @Test
  void anExcludePatternWinsOverTheIncludes() {
    MethodSelection s =
        selection(List.of("com.acme.**"), List.of("com.acme.Report#build", "com.acme.generated.*"));
    assertTrue(s.includesClass("com/acme/Report"));
    assertFalse(s.includes("com/acme/Report", "build", "()V"));
    assertTrue(s.excludes("com/acme/Report", "build", "(I)V"));
    assertTrue(s.includes("com/acme/Report", "print", "()V"));
    // A pattern without a method part takes the whole class, so it is not even parsed.
    assertFalse(s.includesClass("com/acme/generated/Parser"));
    assertFalse(s.includes("com/acme/generated/Parser", "parse", "()V"));
  }

  @Test
  void excludePatternsAloneIncludeNothing() {
    MethodSelection s = selection(List.of(), List.of("com.acme.Report#build"));
    assertFalse(s.hasIncludes());
    assertFalse(s.includesClass("com/acme/Report"));
    assertFalse(s.includes("com/acme/Report", "print", "()V"));
    assertTrue(s.excludes("com/acme/Report", "build", "()V"));
  }

  @Test
  void noneSelectsAndExcludesNothing() {
    assertFalse(MethodSelection.NONE.hasIncludes());
    assertFalse(MethodSelection.NONE.includesClass("com/acme/Report"));
    assertFalse(MethodSelection.NONE.excludes("com/acme/Report", "build", "()V"));
  }

  @Test
  void neverIncludesJdkOrJkernprofClassesWhateverThePatternsSay() {
    MethodSelection s = selection(List.of("**"), List.of());
    assertTrue(s.includesClass("com/acme/Report"));
    assertTrue(s.includesClass("org/jkernprof/demo/Main"));
    for (String name :
        List.of(
            "java/lang/String",
            "javax/swing/JFrame",
            "jdk/internal/misc/Unsafe",
            "sun/misc/Unsafe",
            "com/sun/net/httpserver/HttpServer",
            "org/jkernprof/agent/Agent",
            "org/jkernprof/agent/shaded/asm/ClassReader",
            "org/jkernprof/results/LprofWriter",
            "org/jkernprof/report/TextReportRenderer",
            "org/jkernprof/JKernprof",
            "org/jkernprof/JKernprof$AgentRuntime",
            "org/jkernprof/TestSpan",
            "org/jkernprof/junit5/JKernprofExtension",
            "org/jkernprof/cli/Main",
            "org/jkernprof/maven/ReportMojo")) {
      assertFalse(s.includesClass(name), name);
      assertFalse(s.includes(name, "toString", "()Ljava/lang/String;"), name);
    }
  }

  @Test
  void theTestSelectionOfEveryMethodTakesJdkClassesAndStaticInitializersToo() {
    MethodSelection every = MethodSelection.everyMethodOfEveryClass();
    for (String name : List.of("java/lang/String", "jdk/internal/misc/Unsafe", "com/acme/Report")) {
      assertTrue(every.includes(name, "toString", "()Ljava/lang/String;"), name);
      assertTrue(every.includes(name, "<clinit>", "()V"), name);
    }
    // Only that selection: what the agent parses still spares them.
    assertFalse(
        selection(List.of("**", "**#<clinit>"), List.of()).includesClass("java/lang/String"));
  }

  @Test
  void findsTheIncludePatternsThatCanOnlyMatchClassesNeverProfiled() {
    MethodSelection s =
        selection(
            List.of(
                "java.**",
                "com.acme.**",
                "javax.swing.JFrame#paint",
                "sun.*",
                "org.jkernprof.agent.**",
                "jav*.**",
                "org.jkernprof.**",
                "org.jkernprof.junit5.*",
                "org.jkernprof.JKernprof#enable"),
            List.of("java.**"));
    assertEquals(
        List.of(
            "java.**",
            "javax.swing.JFrame#paint",
            "sun.*",
            "org.jkernprof.agent.**",
            "org.jkernprof.junit5.*",
            "org.jkernprof.JKernprof#enable"),
        s.includesOnlyNeverProfiled().stream()
            .map(MethodPattern::text)
            .collect(Collectors.toList()));
  }

  @Test
  void tellsMethodsPickedByNameFromMethodsOfPickedClasses() {
    MethodSelection s =
        selection(List.of("com.acme.*", "com.acme.Shape#area", "com.acme.Other#*"), List.of());
    assertTrue(s.namesMethod("com/acme/Shape", "area"));
    assertFalse(s.namesMethod("com/acme/Shape", "perimeter"));
    assertFalse(s.namesMethod("com/acme/Other", "area"));
  }

  @Test
  void anInvalidPatternFailsTheWholeSelection() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> selection(List.of("com.acme.*"), List.of("#build")));
    assertTrue(e.getMessage().startsWith("'#build' is not a valid pattern"), e.getMessage());
  }

  @Test
  void theCalibrationsSelectionTakesItsOwnPatternInTheAgentsPackagesAndNothingElse() {
    MethodSelection own =
        MethodSelection.ownCode(
            MethodPattern.parse("org.jkernprof.agent.callcost.CalibrationCalls#profiled*"));
    String calls = "org/jkernprof/agent/callcost/CalibrationCalls";
    assertTrue(own.includes(calls, "profiledChild", "(J)J"));
    assertFalse(own.includes(calls, "bareChild", "(J)J"));
    assertFalse(own.includes("org/jkernprof/agent/rt/CallCounters", "push", "(I)I"));
    assertFalse(own.includes("com/acme/App", "profiledRun", "()V"));
    assertThrows(
        IllegalArgumentException.class,
        () -> MethodSelection.ownCode(MethodPattern.parse("com.acme.**")));
  }
}
