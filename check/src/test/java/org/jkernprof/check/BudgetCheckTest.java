package org.jkernprof.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.RunInfo;
import org.junit.jupiter.api.Test;

class BudgetCheckTest {
  private static final RunInfo RUN = new RunInfo("app.jar", "17.0.15+6", 1_764_000_000_000L, 9L);

  /** Parser.parse: line 10 once, line 11 1,000 times (2,000 ns), line 12 once. */
  private static final LineResults LINES =
      new LineResults(
          RUN,
          List.of(
              new MethodProfile(
                  "com.acme.Parser",
                  "parse",
                  "()V",
                  "Parser.java",
                  5_000,
                  List.of(
                      new LineStats(10, 1, 100),
                      new LineStats(11, 1_000, 2_000),
                      new LineStats(12, 1, 10))),
              new MethodProfile(
                  "com.acme.Tokens",
                  "next",
                  "()C",
                  "Tokens.java",
                  50,
                  List.of(new LineStats(3, 7, 50)))));

  private static BudgetCheck check(String... rules) {
    return BudgetCheck.of(BudgetRules.parse(List.of(rules), "b.txt"), LINES);
  }

  private static List<String> messages(BudgetCheck check) {
    return check.breaches().stream().map(Breach::message).collect(Collectors.toList());
  }

  @Test
  void rulesWithinTheirLimitsPassWithASummary() {
    BudgetCheck check =
        check(
            "com.acme.Parser#parse hits <= 1002",
            "com.acme.Parser#parse:11 hits <= 1000",
            "com.acme.Parser#parse:11 time-per-hit <= 2ns",
            "com.acme.** hits <= 2000");
    assertTrue(check.passed(), messages(check).toString());
    assertEquals("4 rules checked on 2 methods: all within budget", check.summary());
  }

  @Test
  void aBrokenRuleIsOneLineWithTheMethodTheFigureAndTheLimit() {
    BudgetCheck check =
        check(
            "com.acme.Parser#parse hits <= 1001", "com.acme.Parser#parse:11 time-per-hit <= 1.5ns");
    assertFalse(check.passed());
    assertEquals(
        List.of(
            "com.acme.Parser.parse: hits 1,002 > 1,001 (b.txt:1: com.acme.Parser#parse hits <="
                + " 1001)",
            "com.acme.Parser.parse line 11: time-per-hit 2.0 ns > 1.5 ns (b.txt:2:"
                + " com.acme.Parser#parse:11 time-per-hit <= 1.5ns)"),
        messages(check));
    assertEquals("2 rules checked on 1 method: 2 broken", check.summary());
  }

  @Test
  void eachMethodAPatternPicksIsCheckedOnItsOwn() {
    BudgetCheck check = check("com.acme.* hits <= 10");
    assertEquals(
        List.of("com.acme.Parser.parse: hits 1,002 > 10 (b.txt:1: com.acme.* hits <= 10)"),
        messages(check));
  }

  @Test
  void aRuleThatMatchesNothingIsBrokenNotSilentlyPassed() {
    BudgetCheck check =
        check("com.acme.Parser#render hits <= 10", "com.acme.Parser#parse:99 hits <= 1");
    assertEquals(
        List.of(
            "b.txt:1: com.acme.Parser#render hits <= 10: no profiled method matches it (renamed or"
                + " moved? not profiled in this run?)",
            "b.txt:2: com.acme.Parser#parse:99 hits <= 1: no profiled line matches it (renamed or"
                + " moved? not profiled in this run?)"),
        messages(check));
  }

  @Test
  void aRuleTheResultsCannotAnswerIsRefusedInOneLine() {
    IllegalArgumentException calls =
        assertThrows(IllegalArgumentException.class, () -> check("com.acme.** calls <= 1"));
    assertEquals(
        "b.txt:1: com.acme.** calls <= 1: calls are counted by function-level runs (without -l);"
            + " use hits",
        calls.getMessage());
    IllegalArgumentException memory =
        assertThrows(IllegalArgumentException.class, () -> check("com.acme.** allocated <= 1"));
    assertTrue(memory.getMessage().endsWith("profile with -m"), memory.getMessage());
    IllegalArgumentException perCall =
        assertThrows(
            IllegalArgumentException.class, () -> check("com.acme.** time-per-hit <= 1us"));
    assertTrue(perCall.getMessage().contains("(METHOD:LINE)"), perCall.getMessage());
  }

  @Test
  void functionResultsAreCheckedByCallsAndTimePerCall() {
    FunctionResults calls =
        new FunctionResults(
            RUN,
            List.of(
                new FunctionStats(
                    "com.acme.Tokens",
                    "next",
                    "()C",
                    "Tokens.java",
                    3,
                    5_001,
                    5_001,
                    10_000,
                    10_002),
                new FunctionStats(
                    "com.acme.Parser", "parse", "()V", "Parser.java", 9, 1, 1, 100, 20_000)),
            List.of());
    BudgetCheck check =
        BudgetCheck.of(
            BudgetRules.parse(
                List.of(
                    "com.acme.Tokens#next* calls <= 5000",
                    "com.acme.Parser#parse time-per-hit <= 20us"),
                "b.txt"),
            calls);
    assertEquals(
        List.of(
            "com.acme.Tokens.next: calls 5,001 > 5,000 (b.txt:1: com.acme.Tokens#next* calls <= 5000)"),
        messages(check));
    IllegalArgumentException hits =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                BudgetCheck.of(
                    BudgetRules.parse(List.of("com.acme.** hits <= 1"), "b.txt"), calls));
    assertEquals(
        "b.txt:1: com.acme.** hits <= 1: hits are counted by line-by-line runs (-l); use calls",
        hits.getMessage());
  }
}
