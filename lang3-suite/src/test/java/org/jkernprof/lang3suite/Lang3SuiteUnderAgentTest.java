package org.jkernprof.lang3suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jkernprof.results.LprofReader;
import org.jkernprof.results.MethodProfile;
import org.jkernprof.results.LineResults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Trust at scale: Apache Commons Lang 3's own test suite, tens of thousands of tests, ends exactly
 * the same way with the agent line-profiling every {@code org.apache.commons.lang3} method (the
 * suite's classes included) as without it, and the agent really did profile them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Lang3SuiteUnderAgentTest {
  private static final String INCLUDE = "org.apache.commons.lang3.**";

  private final Path runsDir = Paths.get(System.getProperty("jkernprof.lang3.runsDir"));
  private final Path lprof = runsDir.resolve("lang3.lprof");
  private Path lang3Jar;
  private SuiteRun plain;
  private SuiteRun profiled;

  @BeforeAll
  void runTheSuiteWithoutAndWithTheAgent() throws Exception {
    List<String> libraries =
        List.of(
            Files.readString(Paths.get(System.getProperty("jkernprof.lang3.classpath")))
                .strip()
                .split(File.pathSeparator));
    lang3Jar = onlyOne(libraries, "commons-lang3-", ".jar");
    Path testsJar = onlyOne(libraries, "commons-lang3-", "-tests.jar");
    String classPath =
        System.getProperty("jkernprof.lang3.testClasses")
            + File.pathSeparator
            + String.join(File.pathSeparator, libraries);
    Files.createDirectories(runsDir);
    Files.deleteIfExists(lprof);
    Path workDir = lang3WorkingDirectory(testsJar);
    String agent =
        "-javaagent:"
            + Paths.get(System.getProperty("jkernprof.agentJar")).toAbsolutePath()
            + "=output="
            + lprof.toAbsolutePath()
            + ",include="
            + INCLUDE
            + ",quiet";

    plain = SuiteRun.run("plain", List.of(), classPath, testsJar, workDir, runsDir);
    profiled = SuiteRun.run("agent", List.of(agent), classPath, testsJar, workDir, runsDir);

    String summary = summary();
    Files.writeString(runsDir.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
    System.out.print(summary);
  }

  /**
   * The baseline is lang3's own verdict: every test passes or is skipped by lang3 itself, so a test
   * the agent broke cannot hide among tests that fail anyway.
   */
  @Test
  void withoutTheAgentTheWholeSuitePasses() {
    TestOutcomes outcomes = plain.outcomes();
    assertTrue(outcomes.tests() > 10_000, "the suite ran: " + outcomes.summary());
    assertEquals(
        List.of(),
        firstFew(outcomes.testIds(TestOutcomes.Status.FAILED)),
        "failing without the agent, see " + plain.log());
  }

  @Test
  void theAgentRunFindsExactlyTheSameTestsAndContainers() {
    Set<String> without = plain.outcomes().byId().keySet();
    Set<String> with = profiled.outcomes().byId().keySet();
    assertEquals(List.of(), firstFew(difference(without, with)), "found only without the agent");
    assertEquals(List.of(), firstFew(difference(with, without)), "found only with the agent");
    assertEquals(plain.outcomes().testsInPlan(), profiled.outcomes().testsInPlan());
  }

  @Test
  void everyTestAndContainerEndsTheSameWayUnderTheAgent() {
    List<String> changed = new ArrayList<>();
    Map<String, TestOutcomes.Outcome> with = profiled.outcomes().byId();
    plain
        .outcomes()
        .byId()
        .forEach(
            (id, outcome) -> {
              TestOutcomes.Outcome other = with.get(id);
              if (other != null && !other.equals(outcome)) {
                changed.add(outcome.status() + " -> " + other.status() + " " + id);
              }
            });
    assertEquals(
        List.of(), firstFew(changed), "ended otherwise under the agent, see " + profiled.log());
  }

  @Test
  void theAgentReportedNoProblem() throws IOException {
    List<String> errors =
        Files.readAllLines(profiled.log(), StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith("jkernprof: "))
            .collect(Collectors.toList());
    assertEquals(List.of(), firstFew(errors));
  }

  @Test
  void theAgentProfiledThousandsOfLang3MethodsThatRan() throws IOException {
    LineResults results = LprofReader.read(lprof);
    List<MethodProfile> ranInLang3 = lang3MethodsThatRan(results);
    assertTrue(
        ranInLang3.size() >= 2_000,
        "only " + ranInLang3.size() + " methods of the lang3 jar with hits");
    assertTrue(
        ranInLang3.stream()
            .anyMatch(
                m ->
                    m.qualifiedName().equals("org.apache.commons.lang3.StringUtils.isBlank")
                        && m.lines().stream().mapToLong(l -> l.hits()).sum() > 100),
        "StringUtils.isBlank ran many times in the suite");
    // The suite's own classes match the pattern too: they are profiled, and ran.
    assertTrue(
        results.methods().stream()
            .anyMatch(
                m ->
                    m.className().equals("org.apache.commons.lang3.StringUtilsTest")
                        && m.wasCalled()));
  }

  /** The profiled methods of the lang3 jar itself (not of its tests) that ran. */
  private List<MethodProfile> lang3MethodsThatRan(LineResults results) throws IOException {
    Set<String> lang3Classes = classNames(lang3Jar);
    return results.methods().stream()
        .filter(m -> lang3Classes.contains(m.className()) && m.wasCalled())
        .collect(Collectors.toList());
  }

  private String summary() throws IOException {
    Duration without = plain.wallTime();
    Duration with = profiled.wallTime();
    long profiledMethods = 0;
    long lang3MethodsThatRan = 0;
    if (Files.exists(lprof)) {
      LineResults results = LprofReader.read(lprof);
      profiledMethods = results.methods().size();
      lang3MethodsThatRan = lang3MethodsThatRan(results).size();
    }
    return String.format(
        "lang3 suite without the agent: %s; wall time %.1f s%n"
            + "lang3 suite with the agent:    %s; wall time %.1f s%n"
            + "slowdown: %.2f x; methods in the results: %d, of the lang3 jar with hits: %d%n",
        plain.outcomes().summary(),
        without.toMillis() / 1000.0,
        profiled.outcomes().summary(),
        with.toMillis() / 1000.0,
        (double) with.toNanos() / without.toNanos(),
        profiledMethods,
        lang3MethodsThatRan);
  }

  /**
   * A working directory laid out as lang3's source tree where its tests need it: one test reads
   * {@code src/test/resources/lang-708-input.txt} by path. The tests jar carries the file.
   */
  private Path lang3WorkingDirectory(Path testsJar) throws IOException {
    Path workDir = runsDir.resolve("work");
    Path resources = Files.createDirectories(workDir.resolve("src/test/resources"));
    try (ZipFile jar = new ZipFile(testsJar.toFile())) {
      ZipEntry entry = jar.getEntry("lang-708-input.txt");
      try (InputStream in = jar.getInputStream(entry)) {
        Files.copy(
            in, resources.resolve("lang-708-input.txt"), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return workDir;
  }

  private static Set<String> classNames(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream()
          .map(ZipEntry::getName)
          .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static Path onlyOne(List<String> libraries, String prefix, String suffix) {
    List<Path> matches =
        libraries.stream()
            .map(Paths::get)
            .filter(
                p -> {
                  String name = p.getFileName().toString();
                  // The plain jar's name ends in its version: "-tests.jar" is not it.
                  return name.startsWith(prefix)
                      && name.endsWith(suffix)
                      && (suffix.equals("-tests.jar") || !name.endsWith("-tests.jar"));
                })
            .collect(Collectors.toList());
    assertEquals(1, matches.size(), prefix + "*" + suffix + " on the class path: " + matches);
    return matches.get(0);
  }

  private static List<String> difference(Set<String> a, Set<String> b) {
    return a.stream().filter(id -> !b.contains(id)).collect(Collectors.toList());
  }

  /** Up to 20 entries and the count of the rest, so a failure message stays readable. */
  private static List<String> firstFew(List<String> all) {
    if (all.size() <= 20) {
      return all;
    }
    List<String> few = new ArrayList<>(all.subList(0, 20));
    few.add("... and " + (all.size() - 20) + " more");
    return few;
  }
}
