package org.jkernprof.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetRulesTest {
  @Test
  void readsRulesSkippingBlankLinesAndComments() {
    List<BudgetRule> rules =
        BudgetRules.parse(
            List.of(
                "# budgets of the parser",
                "",
                "com.acme.Parser#parse   hits <= 120_000   # measured 98,000",
                "  com.acme.Parser#parse:57 time-per-hit<=150ns",
                "com.acme.Tokens#next*\tcalls <= 5000",
                "com.acme.**  allocated <= 2MiB"),
            "budgets.txt");
    assertEquals(4, rules.size());
    BudgetRule first = rules.get(0);
    assertEquals("com.acme.Parser#parse", first.methods().text());
    assertEquals(OptionalInt.empty(), first.line());
    assertEquals(Measure.HITS, first.measure());
    assertEquals(120_000, first.limit());
    assertEquals("budgets.txt:3", first.origin());
    assertEquals("com.acme.Parser#parse hits <= 120_000", first.toString());
    assertEquals(OptionalInt.of(57), rules.get(1).line());
    assertEquals(150, rules.get(1).limit());
    assertEquals(5000, rules.get(2).limit());
    assertEquals(2 * 1024 * 1024, rules.get(3).limit());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "hits | 1,000 | 1000",
        "calls | 7 | 7",
        "allocated | 512KiB | 524288",
        "allocated | 3 MB | 3000000",
        "allocated | 10B | 10",
        "time-per-hit | 2us | 2000",
        "time-per-hit | 1.5ms | 1500000",
        "time-per-hit | 0.5ns | 0.5",
        "time-per-hit | 1s | 1000000000"
      })
  void limitsAreReadInTheMeasuresBaseUnit(String measure, String limit, double expected) {
    assertEquals(expected, Measure.named(measure).parseLimit(limit), 1e-9);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "com.acme.Parser#parse hits 100 | budgets.txt:1: cannot read 'com.acme.Parser#parse hits"
            + " 100': write METHOD[:LINE] MEASURE <= LIMIT, e.g. com.acme.Parser#parse hits <="
            + " 120000",
        "com.acme.Parser#parse speed <= 3 | budgets.txt:1: unknown measure 'speed': hits, calls,"
            + " allocated or time-per-hit",
        "com.acme.Parser#parse hits <= 1.5 | budgets.txt:1: invalid limit '1.5' for hits: a count"
            + " such as 120000 or 120_000",
        "com.acme.Parser#parse time-per-hit <= 150 | budgets.txt:1: invalid limit '150' for"
            + " time-per-hit: a time such as 150ns, 2us, 1.5ms or 1s",
        "com.acme.Parser#parse allocated <= 2 MiBs | budgets.txt:1: invalid limit '2 MiBs' for"
            + " allocated: bytes such as 2MiB, 512KiB or 1000",
        "com.acme.Parser#parse:0 hits <= 3 | budgets.txt:1: line 0 does not exist"
      })
  void aRuleItCannotReadIsOneLineNamingFileAndLine(String rule, String message) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> BudgetRules.parse(List.of(rule), "budgets.txt"));
    assertEquals(message, e.getMessage());
  }

  @Test
  void anInvalidPatternIsOneLineAsForInclude() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BudgetRules.parse(List.of("", "com/acme/Parser hits <= 3"), "b.txt"));
    assertEquals(true, e.getMessage().startsWith("b.txt:2: "), e.getMessage());
  }
}
