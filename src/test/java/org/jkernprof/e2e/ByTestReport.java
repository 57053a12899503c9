package org.jkernprof.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report split by test ({@code jkernprof view --by-test}), read back: per test that ran profiled
 * code, its header lines and its line report; and the tests that ran none. Each test's part is
 * parsed as a complete line report, under the file's timer unit, so its layout is checked as
 * strictly as the plain report's.
 */
record ByTestReport(Map<String, Part> tests, List<String> idle) {
  /** One test's part: the lines under its name, and its line report. */
  record Part(List<String> header, LineReport report) {
    boolean concurrent() {
      return header.stream().anyMatch(h -> h.startsWith("Ran beside other tests"));
    }
  }

  static ByTestReport parse(String text) {
    String[] lines = text.split("\n", -1);
    if (!lines[0].startsWith("Timer unit: ") || !lines[1].isEmpty()) {
      throw new AssertionError("the split report does not start with the timer unit:\n" + text);
    }
    Map<String, Part> tests = new LinkedHashMap<>();
    List<String> idle = new ArrayList<>();
    int i = 2;
    while (i < lines.length && lines[i].startsWith("Test: ")) {
      String name = lines[i++].substring("Test: ".length());
      List<String> header = new ArrayList<>();
      while (!lines[i].isEmpty()) {
        header.add(lines[i++]);
      }
      i++;
      StringBuilder report = new StringBuilder(lines[0]).append("\n\n");
      while (i < lines.length
          && !lines[i].startsWith("Test: ")
          && !lines[i].startsWith("Tests that ran no profiled code: ")
          && !(i == lines.length - 1 && lines[i].isEmpty())) {
        report.append(lines[i++]).append('\n');
      }
      if (tests.put(name, new Part(header, LineReport.parse(report.toString()))) != null) {
        throw new AssertionError("test " + name + " listed twice:\n" + text);
      }
    }
    if (i < lines.length && lines[i].startsWith("Tests that ran no profiled code: ")) {
      int count =
          Integer.parseInt(lines[i++].substring("Tests that ran no profiled code: ".length()));
      for (int k = 0; k < count; k++) {
        if (!lines[i].startsWith("  ")) {
          throw new AssertionError(
              "expected an idle test's name at line " + (i + 1) + ":\n" + text);
        }
        idle.add(lines[i++].substring(2));
      }
    }
    return new ByTestReport(tests, idle);
  }

  Part test(String name) {
    Part part = tests.get(name);
    if (part == null) {
      throw new AssertionError(
          "no test " + name + " in the split report; it has " + tests.keySet());
    }
    return part;
  }
}
