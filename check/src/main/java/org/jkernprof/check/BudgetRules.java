package org.jkernprof.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jkernprof.agent.instr.MethodPattern;

/**
 * Reads a rules file: one rule per line, {@code METHOD[:LINE] MEASURE <= LIMIT}, blank lines and
 * {@code #} comments ignored.
 *
 * <pre>
 * # method pattern, as --include    measure        limit
 * com.acme.Parser#parse             hits        <= 120000
 * com.acme.Parser#parse:57          hits        <= 40000
 * com.acme.Tokens#next*             calls       <= 5000
 * com.acme.Parser#parse             allocated   <= 2MiB
 * com.acme.Parser#parse:57          time-per-hit <= 150ns
 * </pre>
 */
public final class BudgetRules {
  private static final Pattern RULE =
      Pattern.compile("(\\S+?)(?::(\\d{1,9}))?\\s+([a-z-]+)\\s*<=\\s*(\\S.*?)\\s*");

  private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s#");

  private BudgetRules() {}

  /**
   * The rules of a file's {@code lines}.
   *
   * @param fileName how messages name the file
   * @throws IllegalArgumentException naming the file and line of the first rule it cannot read
   */
  public static List<BudgetRule> parse(List<String> lines, String fileName) {
    List<BudgetRule> rules = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String rule = lines.get(i).trim();
      // '#' also joins class and method: a comment is a line that starts with one, or the rest
      // of a line from a '#' after a blank.
      Matcher comment = TRAILING_COMMENT.matcher(rule);
      if (comment.find()) {
        rule = rule.substring(0, comment.start()).trim();
      }
      if (rule.isEmpty() || rule.startsWith("#")) {
        continue;
      }
      String origin = fileName + ":" + (i + 1);
      try {
        rules.add(parseRule(rule, origin));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
      }
    }
    return Collections.unmodifiableList(rules);
  }

  /** One rule, {@code METHOD[:LINE] MEASURE <= LIMIT}. */
  static BudgetRule parseRule(String rule, String origin) {
    Matcher m = RULE.matcher(rule);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "cannot read '"
              + rule
              + "': write METHOD[:LINE] MEASURE <= LIMIT, e.g. com.acme.Parser#parse hits <="
              + " 120000");
    }
    return new BudgetRule(
        MethodPattern.parse(m.group(1)),
        m.group(2) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(2))),
        Measure.named(m.group(3)),
        m.group(4),
        origin);
  }
}
