package org.jkernprof.lang3suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How every test and container of one suite run ended, keyed by JUnit unique id: the thing two runs
 * are compared by. Written by {@link SuiteMain} in the child JVM, read back by the test.
 */
final class TestOutcomes {
  /** The end of one test or container. */
  enum Status {
    SUCCESSFUL,
    FAILED,
    ABORTED,
    SKIPPED
  }

  /** A test (a leaf, including dynamic tests and parameterized invocations) or a container. */
  enum Kind {
    TEST,
    CONTAINER
  }

  /** One entry: what it is and how it ended. */
  record Outcome(Kind kind, Status status) {}

  private final Map<String, Outcome> byId;
  private final int testsInPlan;

  TestOutcomes(Map<String, Outcome> byId, int testsInPlan) {
    this.byId = Collections.unmodifiableMap(new TreeMap<>(byId));
    this.testsInPlan = testsInPlan;
  }

  /** Every entry, sorted by unique id. */
  Map<String, Outcome> byId() {
    return byId;
  }

  /** Tests the discovery found before execution (dynamic tests come on top). */
  int testsInPlan() {
    return testsInPlan;
  }

  /** Tests that ran or were skipped, including dynamic tests and parameterized invocations. */
  int tests() {
    return count(Kind.TEST, null);
  }

  int tests(Status status) {
    return count(Kind.TEST, status);
  }

  /** Unique ids of the tests that ended with {@code status}, sorted. */
  List<String> testIds(Status status) {
    return byId.entrySet().stream()
        .filter(e -> e.getValue().kind() == Kind.TEST && e.getValue().status() == status)
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  private int count(Kind kind, Status status) {
    return (int)
        byId.values().stream()
            .filter(o -> o.kind() == kind && (status == null || o.status() == status))
            .count();
  }

  /** One line per entry, {@code STATUS KIND unique-id} separated by tabs; the plan size first. */
  void write(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("plan\t" + testsInPlan);
    byId.forEach((id, o) -> lines.add(o.status() + "\t" + o.kind() + "\t" + id));
    // Written whole or not at all: a child JVM that dies half-way leaves no file to misread.
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, lines, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static TestOutcomes read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).startsWith("plan\t")) {
      throw new IOException(file + ": not an outcomes file");
    }
    int plan = Integer.parseInt(lines.get(0).substring("plan\t".length()));
    Map<String, Outcome> byId = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] parts = line.split("\t", 3);
      if (parts.length != 3) {
        throw new IOException(file + ": bad line: " + line);
      }
      byId.put(parts[2], new Outcome(Kind.valueOf(parts[1]), Status.valueOf(parts[0])));
    }
    return new TestOutcomes(byId, plan);
  }

  /** {@code found N, passed N, failed N, aborted N, skipped N}. */
  String summary() {
    return String.format(
        "found %d (%d in the plan before dynamic tests), passed %d, failed %d, aborted %d,"
            + " skipped %d",
        tests(),
        testsInPlan,
        tests(Status.SUCCESSFUL),
        tests(Status.FAILED),
        tests(Status.ABORTED),
        tests(Status.SKIPPED));
  }
}
