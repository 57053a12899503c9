package org.jkernprof.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jkernprof.results.LineStats;
import org.jkernprof.results.MethodProfile;

/**
 * Checks a line report against what the real line_profiler prints for the same numbers: an oracle
 * from outside the code under test, where a golden file alone only shows that the output did not
 * change.
 *
 * <p>A case is two files beside the golden file {@code NAME.txt} it checks, in {@code
 * src/test/resources/report/expected/}:
 *
 * <ul>
 *   <li>{@code NAME.line_profiler.json}: the case's numbers as line_profiler takes them. The golden
 *       test writes it from its own fixtures with {@code -Djkernprof.updateGolden=true}, and
 *       otherwise checks that it still holds what the fixtures hold: the numbers have one source,
 *       the Java fixtures.
 *   <li>{@code NAME.line_profiler.txt}: what Debian's line_profiler 4.0.2 prints for them, written
 *       by {@code src/test/pstats/write_line_profiler_oracle.py} (see there how to run it). The
 *       build needs no Python.
 * </ul>
 *
 * <p>Besides the numbers, a case holds what only jkernprof can know about Java: the path the report
 * prints, the method's name, the line its declaration starts on and how many lines it spans, and
 * the path within the package that the report sorts by. The source text of every line is
 * line_profiler's own reading of the fixture file. How the script maps these, and the method's
 * total, onto line_profiler's model of Python functions is told in the script. A report with the
 * profiler's cost taken out says so in its header, which line_profiler's does not: such reports
 * have no oracle.
 *
 * <p>The comparison takes line_profiler's output as it is, except for these deliberate differences,
 * each undone where it occurs and nowhere else:
 *
 * <ul>
 *   <li>jkernprof trims trailing blanks from every line; line_profiler pads empty columns.
 *   <li>For a missing source, line_profiler prints four lines of advice instead of {@code File:}
 *       and {@code Function:}; jkernprof keeps those two lines and adds a note saying where it
 *       looked.
 *   <li>jkernprof adds a note under {@code Function:} when the source is missing or cannot be
 *       parsed.
 *   <li>A constructor's table ends with the rows of the field initializers it runs, which are
 *       declared above it; line_profiler lists consecutive lines only, so those rows are left out
 *       of the comparison.
 *   <li>jkernprof widens a column to its widest value, so the table stays aligned (as later
 *       line_profilers do); line_profiler 4.0.2 lets a wide value push the rest of its row right.
 *   <li>Debian's line_profiler 4.0.2 has no {@code --summarize} (a later line_profiler added it),
 *       so jkernprof's summary lines are checked by the golden file only.
 * </ul>
 */
final class LineProfilerOracle {
  private static final String FOLDER = "report/expected/";

  private static final String SCRIPT = "src/test/pstats/write_line_profiler_oracle.py";

  /** line_profiler's table template is {@code %6s %9s %12s %8s %8s %-s}. */
  private static final int[] WIDTHS = {6, 9, 12, 8, 8};

  private static final String[] HEADERS = {"Line #", "Hits", "Time", "Per Hit", "% Time"};
  private static final String CONTENTS = "Line Contents";
  private static final String HEADER = row(HEADERS, WIDTHS, CONTENTS);

  /** What line_profiler's {@code show_func} prints when it cannot find the source file. */
  private static final String COULD_NOT_FIND = "Could not find file ";

  private static final List<String> COULD_NOT_FIND_ADVICE =
      List.of(
          "Are you sure you are running this program from the same directory",
          "that you ran the profiler from?",
          "Continuing without the function's contents.");

  private LineProfilerOracle() {}

  /**
   * Asserts that {@code report}, which {@link TextReportRenderer} rendered from results of {@code
   * methods}, {@code sources} and {@code options} for the golden file {@code golden}, is what
   * line_profiler prints for the same numbers.
   *
   * @param sourceResource the test resource that holds the text of a source file the report shows
   *     under a path, such as {@code report/shop/} and the path
   */
  static void assertAgrees(
      String golden,
      List<MethodProfile> methods,
      SourceResolver sources,
      ReportOptions options,
      UnaryOperator<String> sourceResource,
      String report)
      throws IOException {
    MethodListings builder = new MethodListings(new SourceFiles(sources));
    List<MethodListing> listings = new ArrayList<>();
    for (MethodProfile method : methods) {
      listings.add(builder.build(method));
    }
    String name = golden.replaceFirst("\\.txt$", ".line_profiler");
    String json = caseJson(listings, options, sourceResource);
    if (Boolean.getBoolean("jkernprof.updateGolden")) {
      Path file = Paths.get("src/test/resources", FOLDER, name + ".json");
      Files.createDirectories(file.getParent());
      Files.write(file, json.getBytes(StandardCharsets.UTF_8));
      return;
    }
    assertEquals(
        resource(name + ".json"),
        json,
        FOLDER
            + name
            + ".json no longer holds the fixture's numbers: run the test with"
            + " -Djkernprof.updateGolden=true, then "
            + SCRIPT);
    List<String> expected = fromLineProfiler(resource(name + ".txt"), listings);
    List<String> actual = comparable(report, listings, options);
    assertEquals(
        String.join("\n", expected),
        String.join("\n", actual),
        golden
            + " differs from what line_profiler prints for the same numbers ("
            + FOLDER
            + name
            + ".txt)");
  }

  /** The case's numbers, as the script reads them. */
  private static String caseJson(
      List<MethodListing> listings, ReportOptions options, UnaryOperator<String> sourceResource) {
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"outputUnit\": ").append(options.unitSeconds()).append(",\n");
    json.append("  \"stripZeros\": ").append(options.skipZero()).append(",\n");
    json.append("  \"functions\": [");
    String separator = "\n";
    for (MethodListing listing : listings) {
      String source = sourceResource.apply(listing.filePath());
      boolean found = LineProfilerOracle.class.getResource("/" + source) != null;
      MethodProfile method = listing.method();
      json.append(separator).append("    {\n");
      json.append("      \"file\": ").append(quote(listing.filePath())).append(",\n");
      json.append("      \"source\": ").append(found ? quote(source) : "null").append(",\n");
      json.append("      \"sortPath\": ").append(quote(listing.sortPath())).append(",\n");
      json.append("      \"name\": ").append(quote(listing.functionName())).append(",\n");
      json.append("      \"line\": ").append(listing.declarationLine()).append(",\n");
      json.append("      \"lines\": ").append(consecutiveRows(listing)).append(",\n");
      json.append("      \"totalNanos\": ").append(method.totalNanos()).append(",\n");
      json.append("      \"timings\": [");
      String comma = "";
      for (LineStats line : method.lines()) {
        json.append(comma)
            .append('[')
            .append(line.line())
            .append(", ")
            .append(line.hits())
            .append(", ")
            .append(line.nanos())
            .append(']');
        comma = ", ";
      }
      json.append("]\n    }");
      separator = ",\n";
    }
    return json.append("\n  ]\n}\n").toString();
  }

  /** How many rows of the listing are the consecutive lines from its declaration line on. */
  private static int consecutiveRows(MethodListing listing) {
    int n = 0;
    while (n < listing.rows().size()
        && listing.rows().get(n).line() == listing.declarationLine() + n) {
      n++;
    }
    return n;
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  /** line_profiler's output with its deliberate differences from jkernprof's undone. */
  private static List<String> fromLineProfiler(String oracle, List<MethodListing> listings) {
    List<String> lines = new ArrayList<>();
    // jkernprof trims trailing blanks; line_profiler pads the columns of lines without hits.
    oracle.lines().forEach(line -> lines.add(line.stripTrailing()));
    // A missing source: line_profiler prints a blank line and four lines of advice where it would
    // print File: and Function:; jkernprof prints those two all the same (and a note, dropped from
    // its side).
    for (int i = 1; i + COULD_NOT_FIND_ADVICE.size() < lines.size(); i++) {
      if (lines.get(i).startsWith(COULD_NOT_FIND)
          && lines.get(i - 1).isEmpty()
          && lines
              .subList(i + 1, i + 1 + COULD_NOT_FIND_ADVICE.size())
              .equals(COULD_NOT_FIND_ADVICE)) {
        MethodListing listing =
            listingOf(lines.get(i).substring(COULD_NOT_FIND.length()), listings);
        lines.subList(i - 1, i + 1 + COULD_NOT_FIND_ADVICE.size()).clear();
        lines.add(i - 1, "File: " + listing.filePath());
        lines.add(
            i, "Function: " + listing.functionName() + " at line " + listing.declarationLine());
      }
    }
    widenColumns(lines);
    return lines;
  }

  private static MethodListing listingOf(String filePath, List<MethodListing> listings) {
    MethodListing found = null;
    for (MethodListing listing : listings) {
      if (listing.filePath().equals(filePath)) {
        assertTrue(found == null, "two methods of the missing " + filePath + ": which one?");
        found = listing;
      }
    }
    assertTrue(found != null, "line_profiler could not find " + filePath + ", a file of no method");
    return found;
  }

  /**
   * jkernprof widens a column to its widest value, so the table stays aligned; line_profiler pads
   * every value to the same width and lets a wider one push the rest of its row to the right. A
   * table of line_profiler's with a value wider than its column is laid out again with each column
   * as wide as its widest value. Tables whose values fit are left as line_profiler wrote them.
   */
  private static void widenColumns(List<String> lines) {
    for (int h = lines.indexOf(HEADER); h >= 0; h = indexOf(lines, HEADER, h + 1)) {
      int first = h + 2;
      int end = first;
      while (end < lines.size() && !lines.get(end).isEmpty()) {
        end++;
      }
      List<String[]> cells = new ArrayList<>();
      List<String> contents = new ArrayList<>();
      int[] widths = WIDTHS.clone();
      for (String line : lines.subList(first, end)) {
        String[] row = new String[WIDTHS.length];
        contents.add(parseRow(line, row));
        cells.add(row);
        for (int c = 0; c < row.length; c++) {
          widths[c] = Math.max(widths[c], row[c].length());
        }
      }
      if (Arrays.equals(widths, WIDTHS)) {
        continue;
      }
      String header = row(HEADERS, widths, CONTENTS);
      lines.set(h, header);
      lines.set(h + 1, "=".repeat(header.length()));
      for (int r = 0; r < cells.size(); r++) {
        lines.set(first + r, row(cells.get(r), widths, contents.get(r)).stripTrailing());
      }
    }
  }

  private static int indexOf(List<String> lines, String line, int from) {
    int i = lines.subList(from, lines.size()).indexOf(line);
    return i < 0 ? -1 : from + i;
  }

  /**
   * Reads a row of line_profiler's table into {@code cells}, returns its line contents. A column
   * holds its value right-aligned in its width, or the whole value when it is wider; a blank
   * separates columns, and two the contents.
   */
  private static String parseRow(String line, String[] cells) {
    int pos = 0;
    for (int c = 0; c < WIDTHS.length; c++) {
      if (c > 0) {
        pos++;
      }
      int end = pos + WIDTHS[c];
      String column = line.substring(Math.min(pos, line.length()), Math.min(end, line.length()));
      if (column.isBlank()) {
        cells[c] = "";
        pos = end;
      } else {
        int start = pos + column.length() - column.stripLeading().length();
        int stop = line.indexOf(' ', start);
        stop = stop < 0 ? line.length() : stop;
        cells[c] = line.substring(start, stop);
        pos = Math.max(end, stop);
      }
    }
    return pos + 2 < line.length() ? line.substring(pos + 2) : "";
  }

  private static String row(String[] cells, int[] widths, String contents) {
    StringBuilder row = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        row.append(' ');
      }
      row.append(" ".repeat(widths[c] - cells[c].length())).append(cells[c]);
    }
    return row.append("  ").append(contents).toString();
  }

  /** jkernprof's report less what line_profiler has no counterpart of. */
  private static List<String> comparable(
      String report, List<MethodListing> listings, ReportOptions options) {
    List<String> lines = new ArrayList<>(report.lines().toList());
    // Debian's line_profiler 4.0.2 has no --summarize: the summary, one line per method listed,
    // ends the report and is left out.
    if (options.summarize()) {
      long listed =
          listings.stream().filter(l -> !options.skipZero() || l.method().wasCalled()).count();
      for (long n = 0; n < listed; n++) {
        String last = lines.remove(lines.size() - 1);
        assertTrue(last.contains(" seconds - "), "not a summary line: " + last);
      }
    }
    // The note under Function: on why the source is not shown in full.
    Set<String> notes = new HashSet<>();
    listings.forEach(listing -> listing.note().ifPresent(notes::add));
    for (int i = lines.size() - 1; i > 0; i--) {
      if (notes.contains(lines.get(i)) && lines.get(i - 1).startsWith("Function: ")) {
        lines.remove(i);
      }
    }
    // A constructor's table ends with the rows of the field initializers it runs, which are
    // declared above it: line_profiler lists consecutive lines only.
    MethodListing constructor = null;
    boolean inTable = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("Function: ")) {
        constructor = null;
        for (MethodListing listing : listings) {
          String function =
              "Function: " + listing.functionName() + " at line " + listing.declarationLine();
          if (line.equals(function) && listing.method().methodName().equals("<init>")) {
            constructor = listing;
          }
        }
      } else if (line.startsWith("=====")) {
        inTable = true;
      } else if (line.isEmpty()) {
        inTable = false;
      } else if (inTable
          && constructor != null
          && Integer.parseInt(line.strip().split(" ", 2)[0]) < constructor.declarationLine()) {
        lines.remove(i--);
      }
    }
    return lines;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = LineProfilerOracle.class.getResourceAsStream("/" + FOLDER + name)) {
      if (in == null) {
        throw new AssertionError(
            "no "
                + FOLDER
                + name
                + ": run the test with -Djkernprof.updateGolden=true, then "
                + SCRIPT);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
