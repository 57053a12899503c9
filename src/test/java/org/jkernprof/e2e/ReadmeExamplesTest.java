package org.jkernprof.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The README shows what the commands really print. Every fenced block of {@code README.md} whose
 * first line is a command ({@code $ ./jkernprof ...}) is an example: each {@code $} line in it is
 * run, in README order, in one folder where {@code demo} is the repository's demo folder (so {@code
 * demo/target/demo.jar}, the results files and the report's {@code File:} lines read as at the
 * repository root), and its standard output must be the lines the README shows under it.
 *
 * <p>Times vary from run to run, so both sides are compared with their numbers masked: every token
 * that is a number (times, percentages, byte counts with their unit, the demo's random result)
 * reads {@code #}, and a range of them ({@code # to #}) too, except a count or line number that
 * starts a line (the report's {@code Line #}, pstats' {@code ncalls}, {@code N method calls}),
 * which is exact. Column widths follow the numbers, so runs of spaces and the width of the {@code
 * ====} rule do not count either. Names, source lines, line numbers in {@code File.java:LINE(...)}
 * and the order of the lines must be what the command printed.
 *
 * <p>And CI runs what the README says runs all the tests: {@code .ci/run} has exactly the README's
 * test command.
 */
class ReadmeExamplesTest {
  private static final Pattern NUMBER =
      Pattern.compile("[~+-]?\\d+(,\\d{3})*(\\.\\d+)?([eE][-+]?\\d+)?%?|\\d+/\\d+");
  private static final Pattern LEADING_COUNT = Pattern.compile("\\d+(/\\d+)?");
  private static final Pattern RULE = Pattern.compile("={3,}");
  private static final Set<String> BYTE_UNITS = Set.of("B", "KiB", "MiB", "GiB", "TiB");

  private final Path repository = BuildPaths.launcher().getParent();

  @TestFactory
  Stream<DynamicTest> everyExampleIsWhatItsCommandPrints() throws IOException {
    List<Example> examples = Example.parse(Files.readAllLines(repository.resolve("README.md")));
    List<String> commands = examples.stream().map(Example::command).collect(Collectors.toList());
    for (String expected :
        List.of(
            "./jkernprof -l -v demo/target/demo.jar",
            "./jkernprof -v ",
            "--callers",
            "--callees")) {
      assertTrue(
          commands.stream().anyMatch(c -> c.contains(expected)),
          "the README's examples " + commands + " should include one with " + expected);
    }
    Path folder = Jkernprof.freshFolder("readme-examples");
    Files.createSymbolicLink(folder.resolve("demo"), BuildPaths.demoJar().getParent().getParent());
    return examples.stream()
        .map(example -> dynamicTest(example.command(), () -> check(example, folder)));
  }

  private static void check(Example example, Path folder) {
    JvmResult result = Jkernprof.run(folder, example.arguments().toArray(String[]::new));
    assertEquals(0, result.exitCode, result.describe());
    assertEquals("", result.stderr, result.describe());
    assertEquals(
        masked(example.output()),
        masked(result.stdoutLines()),
        "README.md line "
            + example.line()
            + ": the example of `"
            + example.command()
            + "` is not what the command prints (numbers masked); it printed:\n"
            + result.stdout);
  }

  @Test
  void ciRunsTheReadmesTestCommand() throws IOException {
    List<String> readme = Files.readAllLines(repository.resolve("README.md"));
    int comment = -1;
    for (int i = 0; i < readme.size(); i++) {
      if (readme.get(i).startsWith("# Run all tests")) {
        assertEquals(-1, comment, "one '# Run all tests' line in the README");
        comment = i;
      }
    }
    assertTrue(comment >= 0, "the README gives the command that runs all tests");
    int command = comment + 1;
    while (readme.get(command).startsWith("#")) {
      command++;
    }
    String testCommand = readme.get(command).trim();
    List<String> ciCommands =
        Files.readAllLines(repository.resolve(".ci/run")).stream()
            .map(String::trim)
            .filter(line -> line.startsWith("mvn"))
            .collect(Collectors.toList());
    assertEquals(List.of(testCommand), ciCommands, ".ci/run runs the README's test command");
    assertTrue(
        List.of(testCommand.split(" ")).contains("install"),
        "the test command installs, so CI proves `mvn install` works: " + testCommand);
  }

  @Test
  void aDifferentTimeIsNoDifferenceButADifferentNameLineOrCountIs() {
    String row =
        "    20     10000    1904693.6    190.5     99.1    1.2 GiB  123.9 KiB        Map<Integer,"
            + " Customer> customersById = indexById(customers);";
    assertEquals(
        masked(List.of(row)),
        masked(
            List.of(
                "    20     10000 1904.1 0.2   ~0   980.0 MiB 98 KiB  Map<Integer, Customer>"
                    + " customersById = indexById(customers);")));
    assertNotEquals(masked(List.of(row)), masked(List.of(row.replace("    20 ", "    21 "))));
    assertNotEquals(masked(List.of(row)), masked(List.of(row.replace("indexById", "index"))));
    String stats =
        "    10000    1.740    0.000    1.775    0.000"
            + " RevenueReport.java:28(RevenueReport.indexById)";
    assertNotEquals(masked(List.of(stats)), masked(List.of(stats.replace("10000", "10001"))));
    assertNotEquals(masked(List.of(stats)), masked(List.of(stats.replace(":28(", ":29("))));
    assertNotEquals(masked(List.of("a", "b")), masked(List.of("b", "a")));
    assertEquals(masked(List.of("Total time: 1.92 s")), masked(List.of("Total time: 0.5 s", "")));
    assertEquals(
        masked(List.of("measured in this run: 16.0 to 26.4 ns per line event, 0.0 ns per call)")),
        masked(List.of("measured in this run: 78.9 ns per line event, 1.3 ns per call)")));
  }

  /** The lines with their numbers masked, spaces collapsed and trailing empty lines left out. */
  static List<String> masked(List<String> lines) {
    List<String> masked = new ArrayList<>();
    for (String line : lines) {
      masked.add(maskedLine(line));
    }
    while (!masked.isEmpty() && masked.get(masked.size() - 1).isEmpty()) {
      masked.remove(masked.size() - 1);
    }
    return masked;
  }

  private static String maskedLine(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return "";
    }
    String[] tokens = trimmed.split("\\s+");
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      if (RULE.matcher(token).matches()) {
        kept.add("===");
      } else if (i == 0 && LEADING_COUNT.matcher(token).matches()) {
        kept.add(token);
      } else if (NUMBER.matcher(token).matches()) {
        kept.add("#");
        if (i + 1 < tokens.length && BYTE_UNITS.contains(tokens[i + 1])) {
          i++;
        }
      } else {
        kept.add(token);
      }
    }
    // The header gives a range of figures ("16.0 to 26.4 ns per line event") as one value when
    // its ends are equal ("78.9 ns per line event").
    return String.join(" ", kept).replace("# to #", "#");
  }

  /** One {@code $ COMMAND} of a README example and the lines shown under it. */
  record Example(int line, String command, List<String> arguments, List<String> output) {
    private static final String LAUNCHER = "./jkernprof";

    /** The examples of {@code readme}: the commands of the blocks that start with {@code $ }. */
    static List<Example> parse(List<String> readme) {
      List<Example> examples = new ArrayList<>();
      boolean inBlock = false;
      boolean example = false;
      for (int i = 0; i < readme.size(); i++) {
        String line = readme.get(i);
        if (line.strip().startsWith("```")) {
          inBlock = !inBlock;
          example = inBlock && i + 1 < readme.size() && readme.get(i + 1).startsWith("$ ");
        } else if (example && line.startsWith("$ ")) {
          String command = line.substring(2).strip();
          examples.add(new Example(i + 1, command, arguments(command, i + 1), new ArrayList<>()));
        } else if (example) {
          examples.get(examples.size() - 1).output().add(line);
        }
      }
      return examples;
    }

    /**
     * The words of {@code command} after {@code ./jkernprof}, as a shell splits them: single or
     * double quotes group, and anything else a shell would expand or redirect is refused, since the
     * test runs the command without a shell.
     */
    private static List<String> arguments(String command, int line) {
      List<String> words = new ArrayList<>();
      StringBuilder word = null;
      char quote = 0;
      for (char c : command.toCharArray()) {
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          } else {
            word.append(c);
          }
        } else if (c == '\'' || c == '"') {
          quote = c;
          word = word == null ? new StringBuilder() : word;
        } else if (Character.isWhitespace(c)) {
          if (word != null) {
            words.add(word.toString());
            word = null;
          }
        } else if ("|&;<>()$`\\*?[]{}~#".indexOf(c) >= 0) {
          throw new IllegalArgumentException(
              "README.md line "
                  + line
                  + ": an example's command is run without a shell; quote '"
                  + c
                  + "' or leave it out: "
                  + command);
        } else {
          word = word == null ? new StringBuilder() : word;
          word.append(c);
        }
      }
      if (quote != 0) {
        throw new IllegalArgumentException(
            "README.md line " + line + ": unclosed quote: " + command);
      }
      if (word != null) {
        words.add(word.toString());
      }
      if (words.isEmpty() || !words.get(0).equals(LAUNCHER)) {
        throw new IllegalArgumentException(
            "README.md line " + line + ": an example runs " + LAUNCHER + ": " + command);
      }
      return words.subList(1, words.size());
    }
  }
}
