package org.jkernprof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line report read back from the text the command printed, so that tests check what it says (the
 * hits, the lines, the source text, the numbers) against what they know of the program and of the
 * results file, not against the renderer's own output. Lenient about the layout, which the
 * end-to-end tests' parser checks strictly; any line it does not expect fails the test. Immutable.
 *
 * @param timerUnit the first line, {@code Timer unit: ...} whole
 * @param summary the lines of {@code --summarize}, if any, trimmed
 */
record PrintedReport(String timerUnit, List<Method> methods, List<String> summary) {
  private static final String HEADER =
      "Line #      Hits         Time  Per Hit   % Time  Line Contents";
  private static final Pattern TOTAL_TIME = Pattern.compile("Total time: (\\S+) s");
  private static final Pattern FUNCTION = Pattern.compile("Function: (.+) at line (\\d+)");
  private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");

  PrintedReport {
    methods = List.copyOf(methods);
    summary = List.copyOf(summary);
  }

  /** Reads {@code text}, which must be one whole report; colour codes are left out. */
  static PrintedReport parse(String text) {
    String plain = ANSI.matcher(text).replaceAll("");
    List<String> lines = Arrays.asList(plain.split("\n", -1));
    assertEquals("", lines.get(lines.size() - 1), "the report ends with a line end:\n" + plain);
    int next = 0;
    String timerUnit = lines.get(next++);
    expect(timerUnit.startsWith("Timer unit: "), timerUnit, plain);
    expect(lines.get(next++).isEmpty(), "a blank line after the timer unit", plain);
    List<Method> methods = new ArrayList<>();
    while (lines.get(next).startsWith("Total time: ")) {
      Matcher total = TOTAL_TIME.matcher(lines.get(next++));
      expect(total.matches(), "Total time: SECONDS s", plain);
      String file = lines.get(next++);
      expect(file.startsWith("File: "), "File: PATH", plain);
      Matcher function = FUNCTION.matcher(lines.get(next++));
      expect(function.matches(), "Function: NAME at line N", plain);
      List<String> notes = new ArrayList<>();
      while (!lines.get(next).isEmpty()) {
        notes.add(lines.get(next++));
      }
      next++;
      expect(lines.get(next++).equals(HEADER), HEADER, plain);
      expect(lines.get(next++).equals("=".repeat(HEADER.length())), "the rule", plain);
      List<Row> rows = new ArrayList<>();
      while (!lines.get(next).isEmpty()) {
        rows.add(Row.parse(lines.get(next++), plain));
      }
      next++;
      methods.add(
          new Method(
              total.group(1),
              file.substring("File: ".length()),
              function.group(1),
              Integer.parseInt(function.group(2)),
              notes,
              rows));
    }
    List<String> summary = new ArrayList<>();
    for (; next < lines.size() - 1; next++) {
      expect(lines.get(next).contains(" seconds - "), "a summary line", plain);
      summary.add(lines.get(next).trim());
    }
    return new PrintedReport(timerUnit, methods, summary);
  }

  /** The only method whose {@code Function:} is {@code function}. */
  Method method(String function) {
    List<Method> matching = methods.stream().filter(m -> m.function().equals(function)).toList();
    assertEquals(1, matching.size(), "methods named " + function + " in " + methods);
    return matching.get(0);
  }

  /** The {@code Function:} of every method, in the order printed. */
  List<String> functions() {
    return methods.stream().map(Method::function).toList();
  }

  private static void expect(boolean holds, String expected, String report) {
    if (!holds) {
      throw new AssertionError("expected " + expected + " in the report:\n" + report);
    }
  }

  /**
   * One method's block.
   *
   * @param totalTime the {@code Total time:} in seconds, as printed
   * @param notes the lines between {@code Function:} and the table, if any
   */
  record Method(
      String totalTime,
      String file,
      String function,
      int declarationLine,
      List<String> notes,
      List<Row> rows) {
    Method {
      notes = List.copyOf(notes);
      rows = List.copyOf(rows);
    }

    /** The row of source line {@code line}. */
    Row row(int line) {
      return rows.stream()
          .filter(r -> r.line() == line)
          .findFirst()
          .orElseThrow(() -> new AssertionError("no row of line " + line + " in " + rows));
    }

    /** The line numbers of the rows, in order. */
    List<Integer> lines() {
      return rows.stream().map(Row::line).toList();
    }

    /**
     * Asserts that the rows are lines {@code first} to {@code last} of {@code source}, each with
     * its text as the file has it.
     */
    void assertListsLines(Path source, int first, int last) throws IOException {
      List<String> text = Files.readAllLines(source, StandardCharsets.UTF_8);
      List<Integer> expectedLines = new ArrayList<>();
      for (int n = first; n <= last; n++) {
        expectedLines.add(n);
      }
      assertEquals(expectedLines, lines(), function + ": its rows");
      for (Row row : rows) {
        assertEquals(text.get(row.line() - 1), row.contents(), function + " line " + row.line());
      }
    }
  }

  /**
   * One row of a method's table, its cells as printed; {@code hits} is {@code null} and the times
   * empty on a line that never ran, {@code percent} also empty when the method's total is zero.
   */
  record Row(int line, Long hits, String time, String perHit, String percent, String contents) {
    /** Where the {@code Line Contents} column starts, two blanks after {@code % Time}. */
    private static final int CONTENTS = HEADER.indexOf("Line Contents");

    static Row parse(String text, String report) {
      String numbers = text.length() > CONTENTS ? text.substring(0, CONTENTS) : text;
      String contents = text.length() > CONTENTS ? text.substring(CONTENTS) : "";
      String[] cells = numbers.trim().split(" +");
      expect(cells.length == 1 || cells.length >= 4, "a table row, not '" + text + "'", report);
      int line = Integer.parseInt(cells[0]);
      if (cells.length == 1) {
        return new Row(line, null, "", "", "", contents);
      }
      return new Row(
          line,
          Long.parseLong(cells[1]),
          cells[2],
          cells[3],
          cells.length > 4 ? cells[4] : "",
          contents);
    }
  }
}
