package org.jkernprof.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jkernprof.agent.instr.MethodPattern;
import org.jkernprof.check.Breach;
import org.jkernprof.check.BudgetCheck;
import org.jkernprof.check.BudgetRule;
import org.jkernprof.check.BudgetRules;
import org.jkernprof.check.Measure;

/**
 * Checks the performance budgets of the pom ({@code <rules>}) or of a rules file against the
 * results of this module's test JVMs, as JaCoCo's check goal checks coverage: the build fails with
 * one line per broken rule naming the method, the figure and the limit, and passes with a summary.
 * Hits and calls are exact, so a budget on them fails only when the code changed. Skipped, with a
 * line, when there are no results (tests skipped).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends ResultsMojo {

  /** The budgets: {@code <rule>} elements (see {@link Rule}). */
  @Parameter private List<Rule> rules = new ArrayList<>();

  /**
   * A rules file as {@code jkernprof check --rules} reads it, one rule per line: {@code
   * METHOD[:LINE] MEASURE <= LIMIT}. Checked with the rules of the pom.
   */
  @Parameter(property = "jkernprof.rulesFile")
  private File rulesFile;

  /** Whether a broken rule fails the build; if false, it is only logged as an error. */
  @Parameter(property = "jkernprof.haltOnFailure", defaultValue = "true")
  private boolean haltOnFailure;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    List<BudgetRule> budget = budget();
    if (budget.isEmpty()) {
      throw new MojoExecutionException(
          "jkernprof: check has no rules: give <rules> or <rulesFile> in its configuration");
    }
    boolean functionMode = functionMode();
    ResultsFiles results = resultsFiles();
    BudgetCheck check;
    try {
      List<Path> files = results.existing();
      if (files.isEmpty()) {
        getLog()
            .info(
                "jkernprof: no results in "
                    + results.folder()
                    + " to check the budgets against (tests skipped?)");
        return;
      }
      check =
          functionMode
              ? BudgetCheck.of(budget, ResultsFiles.readFunctions(files))
              : BudgetCheck.of(budget, ResultsFiles.readLines(files));
    } catch (IOException e) {
      throw new MojoExecutionException("jkernprof: cannot read the results: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("jkernprof: " + e.getMessage());
    }
    if (check.passed()) {
      getLog().info("jkernprof: " + check.summary());
      return;
    }
    for (Breach breach : check.breaches()) {
      getLog().error("jkernprof: budget broken: " + breach.message());
    }
    String summary = "jkernprof: " + check.summary();
    if (haltOnFailure) {
      throw new MojoFailureException(summary + " (see the lines above)");
    }
    getLog().error(summary);
  }

  /** The rules of the pom, then those of the rules file. */
  private List<BudgetRule> budget() throws MojoExecutionException {
    List<BudgetRule> budget = new ArrayList<>();
    try {
      for (int i = 0; i < rules.size(); i++) {
        budget.addAll(fromPom(rules.get(i), "rule " + (i + 1) + " of the pom"));
      }
      if (rulesFile != null) {
        List<String> lines = Files.readAllLines(rulesFile.toPath(), StandardCharsets.UTF_8);
        budget.addAll(BudgetRules.parse(lines, rulesFile.getName()));
      }
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("jkernprof: " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "jkernprof: cannot read the rules file " + rulesFile + ": " + e);
    }
    return budget;
  }

  private static List<BudgetRule> fromPom(Rule rule, String origin) {
    if (rule.method == null || rule.method.trim().isEmpty()) {
      throw new IllegalArgumentException(origin + ": <method> is missing");
    }
    MethodPattern methods;
    try {
      methods = MethodPattern.parse(rule.method);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
    }
    OptionalInt line = rule.line == null ? OptionalInt.empty() : OptionalInt.of(rule.line);
    List<BudgetRule> limits = new ArrayList<>();
    addLimit(limits, methods, line, Measure.HITS, rule.maxHits, origin);
    addLimit(limits, methods, line, Measure.CALLS, rule.maxCalls, origin);
    addLimit(limits, methods, line, Measure.ALLOCATED, rule.maxAllocated, origin);
    addLimit(limits, methods, line, Measure.TIME_PER_HIT, rule.maxTimePerHit, origin);
    if (limits.isEmpty()) {
      throw new IllegalArgumentException(
          origin
              + " ("
              + rule.method
              + "): no limit; give maxHits, maxCalls, maxAllocated or maxTimePerHit");
    }
    return limits;
  }

  private static void addLimit(
      List<BudgetRule> limits,
      MethodPattern methods,
      OptionalInt line,
      Measure measure,
      String limit,
      String origin) {
    if (limit == null) {
      return;
    }
    try {
      limits.add(new BudgetRule(methods, line, measure, limit, origin));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
    }
  }
}
