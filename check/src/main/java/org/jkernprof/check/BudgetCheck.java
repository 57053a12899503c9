package org.jkernprof.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jkernprof.results.FunctionResults;
import org.jkernprof.results.FunctionStats;
import org.jkernprof.results.LineResults;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;

/**
 * Checks budget rules against one run's results: each rule against every profiled method its
 * pattern picks. Hits and calls are exact; times are those the reports show (less the profiler's
 * own cost). Immutable.
 */
public final class BudgetCheck {
  private final List<BudgetRule> rules;
  private final List<Breach> breaches;
  private final int methodsChecked;

  private BudgetCheck(List<BudgetRule> rules, List<Breach> breaches, int methodsChecked) {
    this.rules = rules;
    this.breaches = Collections.unmodifiableList(breaches);
    this.methodsChecked = methodsChecked;
  }

  /**
   * Checks {@code rules} against line-by-line results.
   *
   * @throws IllegalArgumentException if a rule asks what these results cannot tell (calls; the
   *     allocations of a run without -m; a whole method's time per hit)
   */
  public static BudgetCheck of(List<BudgetRule> rules, LineResults results) {
    List<Breach> breaches = new ArrayList<>();
    Set<String> checked = new LinkedHashSet<>();
    for (BudgetRule rule : rules) {
      refuseWhatLinesCannotTell(rule, results);
      boolean matched = false;
      for (MethodProfile method : results.methods()) {
        if (!picks(rule, method.className(), method.methodName())) {
          continue;
        }
        Optional<Double> figure = figure(rule, method);
        if (!figure.isPresent()) {
          continue;
        }
        matched = true;
        checked.add(method.key());
        if (figure.get() > rule.limit()) {
          breaches.add(
              Breach.over(rule, name(method.className(), method.methodName()), figure.get()));
        }
      }
      if (!matched) {
        breaches.add(Breach.unmatched(rule));
      }
    }
    return new BudgetCheck(rules, breaches, checked.size());
  }

  /**
   * Checks {@code rules} against function-level results.
   *
   * @throws IllegalArgumentException if a rule asks what these results cannot tell (hits, lines;
   *     the allocations of a run without -m)
   */
  public static BudgetCheck of(List<BudgetRule> rules, FunctionResults results) {
    FunctionResults corrected = results.lessProbeCost();
    List<Breach> breaches = new ArrayList<>();
    Set<String> checked = new LinkedHashSet<>();
    for (BudgetRule rule : rules) {
      refuseWhatCallsCannotTell(rule, results);
      boolean matched = false;
      for (FunctionStats f : corrected.functions()) {
        if (!picks(rule, f.className(), f.methodName())) {
          continue;
        }
        matched = true;
        checked.add(f.key());
        double figure = figure(rule.measure(), f);
        if (figure > rule.limit()) {
          breaches.add(Breach.over(rule, name(f.className(), f.methodName()), figure));
        }
      }
      if (!matched) {
        breaches.add(Breach.unmatched(rule));
      }
    }
    return new BudgetCheck(rules, breaches, checked.size());
  }

  private static void refuseWhatLinesCannotTell(BudgetRule rule, LineResults results) {
    switch (rule.measure()) {
      case CALLS:
        throw cannot(rule, "calls are counted by function-level runs (without -l); use hits");
      case ALLOCATED:
        if (!results.hasMemory()) {
          throw cannot(rule, "these results have no allocations: profile with -m");
        }
        break;
      case TIME_PER_HIT:
        if (!rule.line().isPresent()) {
          throw cannot(
              rule,
              "a whole method's time per call is in function-level results; here give a line"
                  + " (METHOD:LINE)");
        }
        break;
      default:
        break;
    }
  }

  private static void refuseWhatCallsCannotTell(BudgetRule rule, FunctionResults results) {
    if (rule.line().isPresent()) {
      throw cannot(rule, "function-level results have no lines: profile with -l");
    }
    if (rule.measure() == Measure.HITS) {
      throw cannot(rule, "hits are counted by line-by-line runs (-l); use calls");
    }
    if (rule.measure() == Measure.ALLOCATED && !results.hasMemory()) {
      throw cannot(rule, "these results have no allocations: profile with -m");
    }
  }

  private static IllegalArgumentException cannot(BudgetRule rule, String why) {
    return new IllegalArgumentException(rule.origin() + ": " + rule + ": " + why);
  }

  private static boolean picks(BudgetRule rule, String className, String methodName) {
    return rule.methods().matches(className.replace('.', '/'), methodName);
  }

  /** The rule's figure for {@code method}; empty if the rule's line is not one of its lines. */
  private static Optional<Double> figure(BudgetRule rule, MethodProfile method) {
    if (rule.line().isPresent()) {
      for (LineStats line : method.lines()) {
        if (line.line() == rule.line().getAsInt()) {
          return Optional.of(figure(rule.measure(), line));
        }
      }
      return Optional.empty();
    }
    long sum = 0;
    for (LineStats line : method.lines()) {
      sum += rule.measure() == Measure.HITS ? line.hits() : line.allocatedBytes();
    }
    return Optional.of((double) sum);
  }

  private static double figure(Measure measure, LineStats line) {
    switch (measure) {
      case HITS:
        return line.hits();
      case ALLOCATED:
        return line.allocatedBytes();
      default:
        return line.hits() == 0 ? 0 : (double) line.nanosLessProbes() / line.hits();
    }
  }

  private static double figure(Measure measure, FunctionStats f) {
    switch (measure) {
      case CALLS:
        return f.calls();
      case ALLOCATED:
        return f.cumulativeBytes();
      default:
        return f.calls() == 0 ? 0 : (double) f.cumulativeNanos() / f.calls();
    }
  }

  /** {@code com.acme.Parser.parse}: how the messages name a method. */
  private static String name(String className, String methodName) {
    return className + "." + methodName;
  }

  /** The rules broken, one line each, in the rules' order. */
  public List<Breach> breaches() {
    return breaches;
  }

  public boolean passed() {
    return breaches.isEmpty();
  }

  /** {@code 4 rules checked on 6 methods: all within budget}, or how many were broken. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "%d %s checked on %d %s: %s",
        rules.size(),
        rules.size() == 1 ? "rule" : "rules",
        methodsChecked,
        methodsChecked == 1 ? "method" : "methods",
        breaches.isEmpty() ? "all within budget" : breaches.size() + " broken");
  }
}
